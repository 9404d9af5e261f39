package cn.nianbao.document;

/** One piece of a source document, in reading order: a paragraph of text or a table. */
public sealed interface Block permits Paragraph, Table {
    Origin origin();
}
