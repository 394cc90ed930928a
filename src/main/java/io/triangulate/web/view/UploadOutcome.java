package io.triangulate.web.view;

import io.triangulate.report.ImportException;
import io.triangulate.report.ReportImporter;
import io.triangulate.report.ReportInput;
import io.triangulate.web.support.Uploads;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The result of importing several files at once: each file is its own import, so one refused file
 * does not stop the others.
 */
public record UploadOutcome(int imported, List<String> refused) {

    public static UploadOutcome importAll(ReportImporter importer, long eventId, List<FileUpload> files) {
        int imported = 0;
        List<String> refused = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.fileName() == null || file.fileName().isBlank()) {
                continue;
            }
            try {
                importer.importFile(eventId, ReportInput.empty(), file.fileName(), Uploads.bytes(file));
                imported++;
            } catch (ImportException e) {
                refused.add(file.fileName() + ": " + e.getMessage());
            }
        }
        return new UploadOutcome(imported, refused);
    }

    public String summary() {
        String done = imported == 1 ? "1 report imported." : imported + " reports imported.";
        return refused.isEmpty() ? done : done + " Not imported: " + String.join(" ", refused);
    }
}
