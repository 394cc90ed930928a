package io.triangulate.web.api;

import io.triangulate.report.ReportInput;

/** The body of {@code POST /api/events/{id}/reports/from-url}; all but {@code url} optional. */
public record FromUrlJson(String url, String source, String title, String author, String publishedAt) {

    public ReportInput toInput() {
        return new ReportInput(source, title, null, author, publishedAt, null);
    }
}
