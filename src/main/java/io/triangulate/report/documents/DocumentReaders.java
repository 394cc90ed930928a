package io.triangulate.report.documents;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entry point for importers: detects a document's format from its bytes and hands it to that
 * format's reader. Stateless and thread-safe; one instance can serve every request.
 */
public final class DocumentReaders {

    private final FormatDetector detector;
    private final Map<DocumentFormat, DocumentReader> readers;

    /** Readers for every format in {@link DocumentFormat}. */
    public DocumentReaders() {
        this(new FormatDetector(), Map.of(DocumentFormat.TEXT, new PlainTextReader(),
                DocumentFormat.MARKDOWN, new MarkdownReader(), DocumentFormat.HTML, new HtmlReader(),
                DocumentFormat.PDF, new PdfReader(), DocumentFormat.DOCX, new DocxReader()));
    }

    /** For swapping one format's reader (a better PDF strategy, say); every format needs one. */
    public DocumentReaders(FormatDetector detector, Map<DocumentFormat, DocumentReader> readers) {
        this.detector = detector;
        this.readers = new EnumMap<>(readers);
        if (this.readers.size() != DocumentFormat.values().length) {
            throw new IllegalArgumentException("A reader is needed for every format, got " + readers.keySet());
        }
    }

    /**
     * Reads a document of any supported format.
     *
     * @param bytes the whole document
     * @param fileName the name it came under (or null); it only tells Markdown from plain text
     * @throws io.triangulate.report.ImportException {@code UNSUPPORTED_MEDIA_TYPE} for other
     *     formats, {@code UNREADABLE_DOCUMENT} for a damaged PDF, DOCX or HTML
     */
    public ExtractedDocument read(byte[] bytes, String fileName) {
        DocumentFormat format = detector.detect(bytes, fileName);
        ExtractedDocument document = readers.get(format).read(bytes);
        return withoutHeadline(document);
    }

    /**
     * A first line that repeats the title is the headline. The title is already metadata, and as
     * body text it would reach the claim extractor as a would-be sentence, so it is dropped;
     * later headings stay, on lines of their own.
     */
    private static ExtractedDocument withoutHeadline(ExtractedDocument document) {
        String title = document.metadata().title();
        List<String> lines = Arrays.asList(document.text().split("\n", -1));
        if (title == null || lines.isEmpty() || !comparable(lines.get(0)).equals(comparable(title))) {
            return document;
        }
        String text = String.join("\n", lines.subList(1, lines.size()));
        return new ExtractedDocument(document.format(), text, document.metadata());
    }

    private static String comparable(String line) {
        return line.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
