package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReadingTest {

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void paragraphsBecomeLinesAndThePageHeaderStaysOut() {
        ExtractedDocument document = readers.read(StormArticle.docx(), "storm.docx");

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(document.text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void corePropertiesBecomeMetadata() {
        DocumentMetadata metadata = readers.read(StormArticle.docx(), "storm.docx").metadata();

        assertThat(metadata.title()).isEqualTo("Storm hits coast");
        assertThat(metadata.author()).isEqualTo("Lois Lane");
        assertThat(metadata.published()).isEqualTo("2025-10-28T06:00:00Z");
    }

    @Test
    void everyTableCellParagraphIsALineOfItsOwn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Casualties by county:");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Marin");
            table.getRow(0).getCell(1).setText("Seven people died.");
            document.write(out);
        }

        assertThat(readers.read(out.toByteArray(), "table.docx").text())
                .isEqualTo("Casualties by county:\nMarin\nSeven people died.");
    }

    @Test
    void minimalWordFileWithoutStylesIsRead() throws IOException {
        String body = "<w:p><w:r><w:t>" + String.join("</w:t></w:r></w:p><w:p><w:r><w:t>", StormArticle.SENTENCES)
                + "</w:t></w:r></w:p>";
        byte[] docx = zip(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                        + " Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + WORD_NS + "\"><w:body>" + body
                        + "</w:body></w:document>"));

        assertThat(readers.read(docx, "storm.docx").text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void wordFileWithBrokenXmlIsUnreadable() throws IOException {
        byte[] docx = zip(Map.of("word/document.xml", "<w:document><w:body><w:p>unclosed"));

        ImportException refusal = catchThrowableOfType(ImportException.class, () -> readers.read(docx, "broken.docx"));

        assertThat(refusal.error()).isEqualTo(ImportError.UNREADABLE_DOCUMENT);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
