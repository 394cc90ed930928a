package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfReadingTest {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void wrappedLinesRunningHeadersAndPageNumbersGiveBackTheFourSentences() {
        ExtractedDocument document = readers.read(StormArticle.pdf(), "storm.pdf");

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void documentInformationBecomesMetadata() {
        DocumentMetadata metadata = readers.read(StormArticle.pdf(), "storm.pdf").metadata();

        assertThat(metadata.title()).isEqualTo("Storm hits coast");
        assertThat(metadata.author()).isEqualTo("Lois Lane");
    }

    @Test
    void handWrittenOnePagePdfWithOneSentencePerLineIsRead() {
        assertThat(readers.read(minimalPdf(StormArticle.SENTENCES), "storm.pdf").text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void garbageAfterThePdfMagicIsUnreadable() {
        byte[] broken = "%PDF-1.4\n1 0 obj garbage".getBytes(StandardCharsets.ISO_8859_1);

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> readers.read(broken, "broken.pdf"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNREADABLE_DOCUMENT);
        assertThat(refusal.getMessage()).contains("PDF");
    }

    @Test
    void passwordProtectedPdfIsUnreadable() throws IOException {
        byte[] locked;
        try (PDDocument document = Loader.loadPDF(StormArticle.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            document.protect(policy);
            document.save(out);
            locked = out.toByteArray();
        }

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> readers.read(locked, "locked.pdf"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNREADABLE_DOCUMENT);
    }

    /** The PDF the acceptance check writes by hand: one content stream, Helvetica, one line per sentence. */
    static byte[] minimalPdf(List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 11 Tf 50 780 Td 14 TL ");
        lines.forEach(line -> content.append('(').append(line).append(") ' "));
        content.append("ET");
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 0; i < objects.size(); i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
