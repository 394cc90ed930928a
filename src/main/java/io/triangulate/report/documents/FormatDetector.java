package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Judges a document's format from its bytes. The file name is never trusted: people rename files,
 * browsers guess, and a PDF called {@code notes.txt} is still a PDF. The name only settles whether
 * clean text is plain text or Markdown.
 */
public final class FormatDetector {

    static final String SUPPORTED = "Triangulate reads plain text, Markdown, HTML web pages, PDF and Word (.docx) files.";
    private static final String WORD_ENTRY = "word/document.xml";

    /**
     * The format of the document.
     *
     * @param bytes the whole document
     * @param fileName the name it was uploaded under, or null
     * @throws ImportException {@code UNSUPPORTED_MEDIA_TYPE} when the bytes are none of the formats
     */
    public DocumentFormat detect(byte[] bytes, String fileName) {
        if (isPdf(bytes)) {
            return DocumentFormat.PDF;
        }
        if (ZipEntryNames.looksLikeZip(bytes)) {
            if (ZipEntryNames.of(bytes).contains(WORD_ENTRY)) {
                return DocumentFormat.DOCX;
            }
            throw unsupported("This file is a ZIP archive but not a Word document.");
        }
        if (MarkupSniffer.looksLikeHtml(bytes)) {
            return DocumentFormat.HTML;
        }
        if (MarkupSniffer.looksLikeOtherMarkup(bytes)) {
            throw unsupported("This file is XML (" + MarkupSniffer.tikaType(bytes) + "), not a report.");
        }
        Optional<String> text = TextDecoder.decode(bytes);
        if (text.isEmpty()) {
            throw unsupported(describeBinary(bytes));
        }
        boolean markdown = MarkdownSignals.isMarkdownName(fileName)
                || MarkdownSignals.hasMarkdownStructure(FrontMatter.split(text.get()).body());
        return markdown ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
    }

    private static boolean isPdf(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
        return start.stripLeading().startsWith("%PDF-");
    }

    private static String describeBinary(byte[] bytes) {
        String type = MarkupSniffer.tikaType(bytes).toString();
        return type.equals("application/octet-stream") || type.startsWith("text/")
                ? "This file is not text and not a document format we know."
                : "This file looks like " + type + ", which is not a report format.";
    }

    private static ImportException unsupported(String why) {
        return new ImportException(ImportError.UNSUPPORTED_MEDIA_TYPE, why + " " + SUPPORTED);
    }
}
