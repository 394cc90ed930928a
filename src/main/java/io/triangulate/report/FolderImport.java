package io.triangulate.report;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the sample events of the import folder when the app starts on an empty database, so a
 * newcomer sees a comparison at once. Never runs on a database that holds an event, and a setting
 * turns it off.
 */
@ApplicationScoped
public class FolderImport {

    @Inject
    ImportConfig config;

    @Inject
    EventService events;

    @Inject
    ReportImporter importer;

    void onStart(@Observes StartupEvent start) {
        if (!config.onEmptyStart() || !Files.isDirectory(config.dir()) || !Event.isEmptyDatabase()) {
            return;
        }
        for (Path folder : entries(config.dir(), Files::isDirectory)) {
            importEvent(folder);
        }
    }

    /** One folder becomes one event; a file that cannot be imported is logged and skipped. */
    void importEvent(Path folder) {
        EventFolder described = EventFolder.read(folder);
        Event event = events.create(described.title(), described.description());
        int imported = 0;
        for (Path file : entries(folder, EventFolder::isReportFile)) {
            try {
                importer.importFile(event.id, ReportInput.empty(), file.getFileName().toString(),
                        Files.readAllBytes(file));
                imported++;
            } catch (ImportException | IOException e) {
                Log.warnf("Sample report %s was not imported: %s", file, e.getMessage());
            }
        }
        Log.infof("Sample event \"%s\" loaded from %s with %d reports", event.title, folder, imported);
    }

    private static List<Path> entries(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(keep).sorted().toList();
        } catch (IOException e) {
            Log.warnf("The import folder %s could not be listed: %s", dir, e.getMessage());
            return List.of();
        }
    }
}
