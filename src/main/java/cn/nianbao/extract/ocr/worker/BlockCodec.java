package cn.nianbao.extract.ocr.worker;

import cn.nianbao.document.Block;
import cn.nianbao.document.Origin;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's blocks as bytes, field by field, for the reply of an OCR worker process. Every field of the
 * document records is kept (nullable ones behind a presence flag), so a page read in a child is the same
 * page as one read in-process.
 */
final class BlockCodec {
    private static final byte PARAGRAPH = 'P';
    private static final byte TABLE = 'T';

    private BlockCodec() {
    }

    static void write(DataOutput out, List<Block> blocks) throws IOException {
        out.writeInt(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.writeByte(PARAGRAPH);
                writeString(out, p.text());
                writeOrigin(out, p.origin());
            } else {
                Table t = (Table) block;
                out.writeByte(TABLE);
                writeOrigin(out, t.origin());
                out.writeInt(t.rows().size());
                for (TableRow row : t.rows()) {
                    out.writeInt(row.cells().size());
                    for (TableCell cell : row.cells()) {
                        writeCell(out, cell);
                    }
                }
            }
        }
    }

    static List<Block> read(DataInput in) throws IOException {
        int count = count(in);
        List<Block> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte kind = in.readByte();
            if (kind == PARAGRAPH) {
                blocks.add(new Paragraph(readString(in), readOrigin(in)));
            } else if (kind == TABLE) {
                Origin origin = readOrigin(in);
                int rowCount = count(in);
                List<TableRow> rows = new ArrayList<>(rowCount);
                for (int r = 0; r < rowCount; r++) {
                    int cellCount = count(in);
                    List<TableCell> cells = new ArrayList<>(cellCount);
                    for (int c = 0; c < cellCount; c++) {
                        cells.add(readCell(in));
                    }
                    rows.add(new TableRow(cells));
                }
                blocks.add(new Table(rows, origin));
            } else {
                throw new IOException("unknown block kind " + kind);
            }
        }
        return blocks;
    }

    private static void writeCell(DataOutput out, TableCell cell) throws IOException {
        writeString(out, cell.text());
        out.writeInt(cell.column());
        out.writeInt(cell.colSpan());
        out.writeInt(cell.rowSpan());
        writeOrigin(out, cell.origin());
        out.writeBoolean(cell.confidence() != null);
        if (cell.confidence() != null) {
            out.writeDouble(cell.confidence());
        }
        out.writeInt(cell.alternatives().size());
        for (String alternative : cell.alternatives()) {
            writeString(out, alternative);
        }
    }

    private static TableCell readCell(DataInput in) throws IOException {
        String text = readString(in);
        int column = in.readInt();
        int colSpan = in.readInt();
        int rowSpan = in.readInt();
        Origin origin = readOrigin(in);
        Double confidence = in.readBoolean() ? in.readDouble() : null;
        int count = count(in);
        List<String> alternatives = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            alternatives.add(readString(in));
        }
        return new TableCell(text, column, colSpan, rowSpan, origin, confidence, alternatives);
    }

    private static void writeOrigin(DataOutput out, Origin origin) throws IOException {
        out.writeBoolean(origin != null);
        if (origin == null) {
            return;
        }
        writeInteger(out, origin.page());
        out.writeBoolean(origin.bbox() != null);
        if (origin.bbox() != null) {
            out.writeInt(origin.bbox().length);
            for (double v : origin.bbox()) {
                out.writeDouble(v);
            }
        }
        writeInteger(out, origin.table());
        writeInteger(out, origin.row());
        writeInteger(out, origin.cell());
        writeInteger(out, origin.line());
        writeInteger(out, origin.paragraph());
        out.writeBoolean(origin.via() != null);
        if (origin.via() != null) {
            writeString(out, origin.via());
        }
    }

    private static Origin readOrigin(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Integer page = readInteger(in);
        double[] bbox = null;
        if (in.readBoolean()) {
            bbox = new double[count(in)];
            for (int i = 0; i < bbox.length; i++) {
                bbox[i] = in.readDouble();
            }
        }
        return new Origin(page, bbox, readInteger(in), readInteger(in), readInteger(in), readInteger(in),
                readInteger(in), in.readBoolean() ? readString(in) : null);
    }

    private static void writeInteger(DataOutput out, Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer readInteger(DataInput in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    /** UTF-8 with an int length: writeUTF stops at 64 KB, and a page's narrative may be longer. */
    static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count or length; a negative one means the bytes are not what this codec wrote. */
    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("corrupt reply: negative count " + count);
        }
        return count;
    }
}
