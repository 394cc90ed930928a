package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @Test
    void pdfNamedTxtIsStillAPdf() {
        assertThat(detector.detect(StormArticle.pdf(), "notes.txt")).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void wordFileNamedHtmlIsStillAWordFile() {
        assertThat(detector.detect(StormArticle.docx(), "page.html")).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void randomBytesNamedTxtAreUnsupported() {
        byte[] noise = new byte[256 * 64];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) i;
        }

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> detector.detect(noise, "photo.txt"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal.getMessage()).contains("plain text", "Markdown", "HTML", "PDF", "Word");
    }

    @Test
    void pngImageIsUnsupportedAndSaysWhatItLooksLike() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> detector.detect(png, "story.txt"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal.getMessage()).contains("image/png");
    }

    @Test
    void zipThatIsNotAWordFileIsUnsupported() throws IOException {
        byte[] zip = DocxReadingTest.zip(Map.of("notes/story.txt", "The storm reached the coast."));

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> detector.detect(zip, "story.docx"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void htmlIsRecognisedByItsMarkupWhateverItsName() {
        assertThat(detect("\uFEFF  <!DOCTYPE html><html><body><p>Hi.</p></body></html>", "page.txt"))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(detect("<article><p>The storm reached the coast.</p></article>", null)).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void xmlThatIsNotAWebPageIsUnsupported() {
        ImportException refusal = catchThrowableOfType(ImportException.class,
                () -> detect("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", "feed.txt"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void markdownIsRecognisedByItsStructureOrItsName() {
        assertThat(detect("# Storm\n\nThe river [rose](https://x.example).", "story.txt")).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(detect("The river rose.", "story.md")).isEqualTo(DocumentFormat.MARKDOWN);
    }

    @Test
    void plainReportWithHeadingsAndDashesStaysPlainText() {
        String report = "Summary – No summit is planned.\nArticle –\nBackground\nThe speculation began in 2019 - or earlier.\n"
                + "What comes next?\nA 5 * 3 metre wall was built.";

        assertThat(detect(report, "preview.txt")).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void textWithControlBytesIsUnsupported() {
        ImportException refusal = catchThrowableOfType(ImportException.class,
                () -> detect("The storm\u0000\u0001\u0002 reached the coast.", "story.txt"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNSUPPORTED_MEDIA_TYPE);
    }

    private DocumentFormat detect(String content, String name) {
        return detector.detect(content.getBytes(StandardCharsets.UTF_8), name);
    }
}
