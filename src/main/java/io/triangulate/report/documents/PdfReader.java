package io.triangulate.report.documents;

import io.triangulate.report.ImportError;
import io.triangulate.report.ImportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF: text page by page, page furniture dropped, wrapped lines joined back into paragraphs.
 * Metadata comes from the document information dictionary. A PDF that needs a password, or that
 * PDFBox cannot parse, is refused as unreadable rather than imported half-empty.
 */
public final class PdfReader implements DocumentReader {

    private static final String UNREADABLE = "This PDF could not be read: it is damaged or protected by a password."
            + " Save it again without a password, or paste its text.";

    @Override
    public ExtractedDocument read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(ImportError.UNREADABLE_DOCUMENT, UNREADABLE);
            }
            List<List<String>> pages = pageLines(document);
            List<String> lines = PageFurniture.strip(pages);
            String text = String.join("\n", new LineJoiner(typicalWidth(lines)).join(lines));
            return new ExtractedDocument(DocumentFormat.PDF, text, metadata(document.getDocumentInformation()));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // InvalidPasswordException is an IOException: a password we do not have is unreadable too.
            throw new ImportException(ImportError.UNREADABLE_DOCUMENT, UNREADABLE, e);
        }
    }

    private static List<List<String>> pageLines(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document).lines().toList());
        }
        return pages;
    }

    /** The length of a full line: a high percentile, so one long URL does not set the measure. */
    private static int typicalWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(line -> line.strip().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) (0.9 * (lengths.length - 1))];
    }

    private static DocumentMetadata metadata(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        String published = created == null ? null : created.toInstant().toString();
        return new DocumentMetadata(null, blankToNull(info.getTitle()), null, blankToNull(info.getAuthor()), published);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
