package io.triangulate.report.documents;

/** The formats a report can arrive in, judged from its bytes, not its file name. */
public enum DocumentFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
