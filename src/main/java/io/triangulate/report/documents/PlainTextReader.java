package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;

/**
 * Plain text: an optional front-matter header, then the body with one paragraph per line. Lines
 * hard-wrapped mid-sentence (e-mail style) are joined back; blank lines only separate paragraphs.
 */
public final class PlainTextReader implements DocumentReader {

    private static final LineJoiner JOINER = new LineJoiner(0);

    @Override
    public ExtractedDocument read(byte[] bytes) {
        FrontMatter parts = FrontMatter.split(decode(bytes));
        String body = String.join("\n", JOINER.join(parts.body().lines().toList()));
        return new ExtractedDocument(DocumentFormat.TEXT, body, parts.metadata());
    }

    static String decode(byte[] bytes) {
        return TextDecoder.decode(bytes).orElseThrow(() -> new ImportException(ImportError.UNSUPPORTED_MEDIA_TYPE,
                "This file is not readable text. " + FormatDetector.SUPPORTED));
    }
}
