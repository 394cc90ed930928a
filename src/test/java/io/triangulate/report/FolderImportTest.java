package io.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class FolderImportTest {

    @Inject
    FolderImport folderImport;

    @TempDir
    Path dir;

    @Test
    void folderBecomesAnEventWithOneReportPerFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("bridge-closure"));
        Files.writeString(folder.resolve("_event.txt"), "title: Bridge closes\ndescription: Two desks\n");
        Files.writeString(folder.resolve("a.txt"), "---\nsource: Gazette\n---\nThe bridge closed on Monday.\n");
        Files.writeString(folder.resolve("b.txt"), "The bridge shut on Monday after cracks were found.\n");
        Files.writeString(folder.resolve("README.md"), "# Not a report\n");

        folderImport.importEvent(folder);

        Event event = Event.<Event>list("title", "Bridge closes").get(0);
        List<Report> reports = Report.ofEvent(event.id);
        assertThat(event.description).isEqualTo("Two desks");
        assertThat(reports).extracting(r -> r.source).containsExactlyInAnyOrder("Gazette", "b");
    }

    @Test
    void unreadableFileIsSkippedAndTheOthersImported() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mixed-files"));
        Files.write(folder.resolve("bad.pdf"), "%PDF-1.4 garbage".getBytes());
        Files.writeString(folder.resolve("good.txt"), "The river crested on Thursday evening.\n");

        folderImport.importEvent(folder);

        Event event = Event.<Event>list("title", "Mixed files").get(0);
        assertThat(Report.ofEvent(event.id)).extracting(r -> r.source).containsExactly("good");
    }
}
