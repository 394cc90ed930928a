package io.triangulate.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML report laid out as PDF by openhtmltopdf. The page is parsed with jsoup first, since
 * openhtmltopdf wants a well-formed document and Qute's output is HTML, not XHTML; the coverage
 * chart's SVG is drawn by Batik.
 */
public final class PdfExporter implements Exporter {

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        var document = new W3CDom().fromJsoup(Jsoup.parse(HtmlReportExporter.render(table)));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(document, null);
        builder.toStream(out);
        builder.run();
    }
}
