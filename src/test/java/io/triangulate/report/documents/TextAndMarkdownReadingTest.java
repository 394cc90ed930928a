package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextAndMarkdownReadingTest {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void frontMatterBecomesMetadataAndTheRestIsTheBody() {
        ExtractedDocument document = readers.read(Fixtures.bytes("front-matter.txt"), "front-matter.txt");

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.metadata()).isEqualTo(new DocumentMetadata("Coastal Herald", "Storm hits coast",
                "https://herald.example/storm", "Jimmy Olsen", "2025-10-28"));
        assertThat(document.text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void textWithoutFrontMatterKeepsEveryLine() {
        String report = "---\nNot a header, the closing rule never comes.\nBackground\nThe river rose.";

        ExtractedDocument document = readers.read(report.getBytes(StandardCharsets.UTF_8), "report.txt");

        assertThat(document.metadata()).isEqualTo(DocumentMetadata.empty());
        assertThat(document.text()).isEqualTo(report);
    }

    @Test
    void windowsLineEndingsDoNotReachTheText() {
        byte[] report = "---\r\nsource: Coastal Herald\r\n---\r\nThe river rose.\r\nThe dam held.\r\n"
                .getBytes(StandardCharsets.UTF_8);

        ExtractedDocument document = readers.read(report, "report.txt");

        assertThat(document.metadata().source()).isEqualTo("Coastal Herald");
        assertThat(document.text()).isEqualTo("The river rose.\nThe dam held.");
    }

    @Test
    void windows1252TextIsDecoded() {
        byte[] report = "The mayor’s office said “no one” was hurt.".getBytes(Charset.forName("windows-1252"));

        assertThat(readers.read(report, "old.txt").text()).isEqualTo("The mayor’s office said “no one” was hurt.");
    }

    @Test
    void markdownMarkupIsRemovedAndTheWordsKept() {
        ExtractedDocument document = readers.read(Fixtures.bytes("storm.md"), "storm.md");

        assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(document.text()).isEqualTo("Storm hits coast\n" + StormArticle.SENTENCES.get(0) + " "
                + StormArticle.SENTENCES.get(1) + "\nResponse\n" + StormArticle.SENTENCES.get(2) + "\n"
                + StormArticle.SENTENCES.get(3) + "\nWe have never seen water this high, a farmer said.");
    }

    @Test
    void markdownFrontMatterBecomesMetadata() {
        DocumentMetadata metadata = readers.read(Fixtures.bytes("storm.md"), "storm.md").metadata();

        assertThat(metadata.source()).isEqualTo("Weather Wire");
        assertThat(metadata.published()).isEqualTo("2025-10-28T07:30:00Z");
    }

    @Test
    void headlineRepeatingTheTitleIsLeftToTheMetadata() {
        String report = "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nThe river rose.\n";

        assertThat(readers.read(report.getBytes(StandardCharsets.UTF_8), "storm.md").text()).isEqualTo("The river rose.");
    }
}
