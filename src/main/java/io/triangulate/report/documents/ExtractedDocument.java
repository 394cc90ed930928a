package io.triangulate.report.documents;

/**
 * A document reduced to its body text: paragraphs separated by {@code \n}, headings on lines of
 * their own, page furniture (navigation, asides, footers, scripts, bylines) left out.
 */
public record ExtractedDocument(DocumentFormat format, String text, DocumentMetadata metadata) {
}
