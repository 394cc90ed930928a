package io.triangulate.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.triangulate.alignment.AlignmentService;
import io.triangulate.report.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Optional;

/**
 * Archives an event whole and restores archives as new events. A restore checks the whole archive
 * before it writes anything and writes in one transaction; the restored facts are marked as the
 * comparison of the new reports, so they are served as archived, not computed again.
 */
@ApplicationScoped
public class ArchiveService {

    @Inject
    AlignmentService alignment;

    @Transactional
    public Optional<Download> archive(long eventId) {
        Event event = Event.findById(eventId);
        if (event == null) {
            return Optional.empty();
        }
        Archive archive = ArchiveReader.read(event);
        return Optional.of(new Download(DownloadNames.of(event.title, event.createdAt, "triangulate.json"),
                "application/json", out -> ExportJson.MAPPER.writeValue(out, archive)));
    }

    @Transactional
    public Event restore(byte[] json) {
        Archive archive = parse(json);
        ArchiveCheck.validate(archive);
        Event event = new ArchiveWriter().write(archive);
        alignment.adoptStored(event);
        return event;
    }

    private static Archive parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw new InvalidArchiveException("Send the archive as the request's JSON body.");
        }
        try {
            return ExportJson.MAPPER.readValue(json, Archive.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArchiveException("The archive is not readable JSON of the archive's shape: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidArchiveException("The archive could not be read.");
        }
    }
}
