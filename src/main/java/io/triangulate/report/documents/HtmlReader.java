package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A web page: metadata from its head, body text from the article alone. The page is only ever
 * parsed and turned into text; no script runs and nothing it links to is fetched.
 */
public final class HtmlReader implements DocumentReader {

    @Override
    public ExtractedDocument read(byte[] bytes) {
        Document page = parse(bytes);
        DocumentMetadata metadata = HtmlMetadata.of(page);
        HtmlCleaner.clean(page.body());
        String text = String.join("\n", HtmlText.lines(HtmlArticle.of(page.body())));
        return new ExtractedDocument(DocumentFormat.HTML, text, metadata);
    }

    private static Document parse(byte[] bytes) {
        try {
            // A null charset lets jsoup honour a byte order mark or <meta charset>, else UTF-8.
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ImportException(ImportError.UNREADABLE_DOCUMENT,
                    "This web page could not be read; save it again as HTML or paste its text.", e);
        }
    }
}
