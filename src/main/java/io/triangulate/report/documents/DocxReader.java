package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A Word document: every paragraph of the main body on its own line, table cells paragraph by
 * paragraph. Headers, footers, comments and footnotes are not part of the body, so they stay out.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public ExtractedDocument read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = document.getBodyElements().stream().flatMap(DocxReader::lines)
                    .map(line -> line.replaceAll("\\s+", " ").strip()).filter(line -> !line.isEmpty()).toList();
            return new ExtractedDocument(DocumentFormat.DOCX, String.join("\n", lines),
                    metadata(document.getProperties().getCoreProperties()));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(ImportError.UNREADABLE_DOCUMENT,
                    "This Word document could not be read: it is damaged or not a .docx file. Save it again as .docx.", e);
        }
    }

    private static Stream<String> lines(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            return Stream.of(paragraph.getText());
        }
        if (element instanceof XWPFTable table) {
            return table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                    .flatMap(cell -> cell.getBodyElements().stream()).flatMap(DocxReader::lines);
        }
        return Stream.empty();
    }

    private static DocumentMetadata metadata(CoreProperties core) {
        Date created = core.getCreated();
        return new DocumentMetadata(null, blankToNull(core.getTitle()), null, blankToNull(core.getCreator()),
                created == null ? null : created.toInstant().toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
