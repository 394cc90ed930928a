package io.triangulate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The printable report as one standalone HTML page: styles inline, no scripts, nothing fetched. */
public final class HtmlReportExporter implements Exporter {

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        out.write(render(table).getBytes(StandardCharsets.UTF_8));
    }

    static String render(ExportTable table) {
        return ReportTemplates.report(ReportView.of(table)).render();
    }
}
