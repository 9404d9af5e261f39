package cn.nianbao.extract.html;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The page body as blocks in reading order. Data tables become Table blocks. Layout tables (a table used
 * to position the page, typically one cell holding the whole report and its real tables) are read through:
 * their text becomes paragraphs and the tables inside them become tables.
 */
final class HtmlFlow {

    private final List<Block> blocks = new ArrayList<>();
    private int paragraphIndex;
    private int tableIndex;

    private HtmlFlow() {
    }

    static List<Block> blocks(Element body) {
        HtmlFlow flow = new HtmlFlow();
        flow.text().walkChildren(body);
        return flow.blocks;
    }

    private HtmlText text() {
        return new HtmlText(this::addParagraph, this::addTable);
    }

    private void addParagraph(String text) {
        blocks.add(new Paragraph(text, Origin.paragraph(paragraphIndex++)));
    }

    private void addTable(Element table) {
        if (HtmlTableGrid.isLayout(table)) {
            text().walkChildren(table);
            return;
        }
        for (Element caption : table.children()) {
            if (caption.normalName().equals("caption")) {
                text().walkChildren(caption);
            }
        }
        HtmlTableGrid.table(table, tableIndex).ifPresent(grid -> {
            blocks.add(grid);
            tableIndex++;
        });
    }
}
