package cn.nianbao.map;

/**
 * The years a report speaks of, by where they were found. The report's year is the title's when it has
 * one, else the table captions' (2020年本行政区域…), else the one the narrative names most.
 */
public record YearEvidence(Integer title, Integer caption, Integer narrative) {

    public Integer year() {
        return title != null ? title : caption != null ? caption : narrative;
    }
}
