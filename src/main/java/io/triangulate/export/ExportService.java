package io.triangulate.export;

import io.triangulate.alignment.AlignmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads an event's comparison into the neutral table and hands it to the format's exporter. */
@ApplicationScoped
public class ExportService {

    @Inject
    AlignmentService alignment;

    @Transactional
    public Optional<Download> export(long eventId, ExportFormat format) {
        return alignment.comparison(eventId).map(ExportTables::of).map(table -> new Download(
                DownloadNames.of(table.event().title(), table.event().createdAt(), format.extension()),
                format.mediaType(), out -> exporter(format).write(table, out)));
    }

    static Exporter exporter(ExportFormat format) {
        return switch (format) {
            case JSON -> new JsonExporter();
            case CSV -> new CsvExporter();
            case MD -> new MarkdownExporter();
            case HTML -> new HtmlReportExporter();
            case PDF -> new PdfExporter();
            case CLAIMREVIEW -> new ClaimReviewExporter();
        };
    }
}
