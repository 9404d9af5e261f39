package cn.nianbao.extract.pdf;

import java.util.List;

/**
 * What a page draws besides its text layer: the ruling lines of its tables, and enough about images and
 * glyphs to tell a scan or a broken text layer from a page that is simply blank.
 *
 * @param imageShare the share of the page that images cover (0 to 1, overlaps counted twice)
 * @param glyphsDrawn how many glyphs the content stream shows, whether or not they map to Unicode
 */
record PageGraphics(List<Ruling> rulings, double imageShare, int glyphsDrawn) {

    PageGraphics {
        rulings = List.copyOf(rulings);
    }
}
