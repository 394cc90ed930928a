package io.triangulate.report.documents;

/**
 * What a document says about itself (front matter, HTML meta tags, PDF/DOCX properties). Every
 * field may be null; {@code published} is the raw string as found, parsed later by the importer.
 */
public record DocumentMetadata(String source, String title, String url, String author, String published) {

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null);
    }
}
