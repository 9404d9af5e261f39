package cn.nianbao.review.evidence;

/**
 * What a reviewer sees beside a flagged cell, so that its value can be checked against the source without
 * opening the file: a picture of the page around the cell, the table row it stands in, or the lines of
 * text around it. {@link EvidenceFinder} finds it.
 */
public sealed interface Evidence permits ImageEvidence, RowEvidence, LinesEvidence {

    /** Where in the source, as the reviewer reads it: 第 3 页, 第 2 张表 第 5 行, 第 120 行. */
    String caption();
}
