package cn.nianbao.web;

import cn.nianbao.store.ReportFilter;
import cn.nianbao.store.ReportStatus;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters as the page's form and links carry them (the exports take the same), all optional.
 * Unknown values are ignored rather than refused: a stale bookmark still opens the list.
 */
public record ReportQuery(String status, String organ, Integer year, String rule, String q, UUID batch) {

    ReportFilter filter() {
        return new ReportFilter(status == null ? null : ReportStatus.parse(status).orElse(null), blank(organ), year,
                blank(rule), blank(q), batch);
    }

    /** The same filters as a query string, for paging links and export links. */
    String queryString() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "status", status);
        add(uri, "organ", organ);
        add(uri, "year", year == null ? null : year.toString());
        add(uri, "rule", rule);
        add(uri, "q", q);
        add(uri, "batch", batch == null ? null : batch.toString());
        String query = uri.build().encode().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (blank(value) != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
