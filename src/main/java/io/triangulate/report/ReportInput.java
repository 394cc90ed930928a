package io.triangulate.report;

import io.triangulate.report.documents.DocumentMetadata;

/**
 * What the person importing a report told us about it. Every field may be null; {@code publishedAt}
 * is the raw string as typed, checked by the importer.
 */
public record ReportInput(String source, String title, String url, String author, String publishedAt, String text) {

    public static ReportInput empty() {
        return new ReportInput(null, null, null, null, null, null);
    }

    /** What was typed wins; what the document says about itself fills the gaps. */
    public ReportInput orElse(DocumentMetadata document) {
        return new ReportInput(
                firstPresent(source, document.source()),
                firstPresent(title, document.title()),
                firstPresent(url, document.url()),
                firstPresent(author, document.author()),
                firstPresent(publishedAt, document.published()),
                text);
    }

    public ReportInput withText(String newText) {
        return new ReportInput(source, title, url, author, publishedAt, newText);
    }

    public ReportInput withSourceIfMissing(String fallback) {
        return isBlank(source) ? new ReportInput(fallback, title, url, author, publishedAt, text) : this;
    }

    public ReportInput withUrlIfMissing(String fallback) {
        return isBlank(url) ? new ReportInput(source, title, fallback, author, publishedAt, text) : this;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstPresent(String typed, String fromDocument) {
        return isBlank(typed) ? fromDocument : typed;
    }
}
