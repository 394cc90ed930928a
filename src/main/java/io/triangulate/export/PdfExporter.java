package io.triangulate.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML report laid out as PDF by openhtmltopdf. The page is parsed with jsoup first, since
 * openhtmltopdf wants a well-formed document and Qute's output is HTML, not XHTML; the coverage
 * chart's SVG is drawn by Batik. The text is set in Liberation Sans, embedded (the glyphs used
 * only), which covers Latin, Greek and Cyrillic; the PDF base fonts stop at Western European
 * letters. Scripts beyond those (Chinese, Korean, Arabic) still show as "#".
 */
public final class PdfExporter implements Exporter {

    /** The family the report's style sheet names first ({@code templates/export/report.html}). */
    static final String FAMILY = "Liberation Sans";
    private static final String FONTS = "/liberation/LiberationSans-";

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        var document = new W3CDom().fromJsoup(Jsoup.parse(HtmlReportExporter.render(table)));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        font(builder, "Regular", 400, FontStyle.NORMAL);
        font(builder, "Bold", 700, FontStyle.NORMAL);
        font(builder, "Italic", 400, FontStyle.ITALIC);
        font(builder, "BoldItalic", 700, FontStyle.ITALIC);
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
        String resource = FONTS + face + ".ttf";
        if (PdfExporter.class.getResource(resource) == null) {
            throw new IllegalStateException("The PDF font " + resource + " is not on the class path");
        }
        builder.useFont(() -> PdfExporter.class.getResourceAsStream(resource), FAMILY, weight, style, true);
    }
}
