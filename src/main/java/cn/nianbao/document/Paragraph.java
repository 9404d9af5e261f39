package cn.nianbao.document;

/** A line or paragraph of running text (titles and headings included), trimmed. */
public record Paragraph(String text, Origin origin) implements Block {
}
