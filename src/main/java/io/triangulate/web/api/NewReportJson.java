package io.triangulate.web.api;

import io.triangulate.report.ReportInput;

/** The JSON body of {@code POST /api/events/{id}/reports}. */
public record NewReportJson(String source, String title, String url, String author, String publishedAt, String text) {

    public ReportInput toInput() {
        return new ReportInput(source, title, url, author, publishedAt, text);
    }
}
