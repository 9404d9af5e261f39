package cn.nianbao.map;

import cn.nianbao.form.FormVersion;

/**
 * The form version a document uses.
 *
 * @param layoutsDisagree the tables found belong to no single version (e.g. 2019's 二 with 2021's 三)
 * @param evident whether any table showed its layout; if not, the version came from the year alone
 */
public record VersionGuess(FormVersion version, boolean layoutsDisagree, boolean evident) {
}
