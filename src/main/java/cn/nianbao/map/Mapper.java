package cn.nianbao.map;

import cn.nianbao.document.SourceDocument;
import cn.nianbao.form.FormVersion;

/** Assigns what a document holds to the cells of a form version. */
public interface Mapper {
    FilledForm map(SourceDocument document, FormVersion version);
}
