package io.triangulate.report.documents;

/**
 * Reads one format into body text and metadata. Implementations are stateless and thread-safe.
 */
public interface DocumentReader {

    /**
     * The document's body text (paragraphs separated by {@code \n}) and what it says about itself.
     *
     * @throws io.triangulate.report.ImportException {@code UNREADABLE_DOCUMENT} when the bytes
     *     claim to be this format but cannot be parsed
     */
    ExtractedDocument read(byte[] bytes);
}
