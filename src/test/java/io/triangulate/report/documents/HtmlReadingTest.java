package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReadingTest {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void navigationAndFooterAreNotPartOfTheArticle() {
        ExtractedDocument document = readers.read(StormArticle.html(), "storm.html");

        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(document.text()).isEqualTo(StormArticle.TEXT);
    }

    @Test
    void siteNameTitleAuthorAndPublicationDateComeFromTheHead() {
        DocumentMetadata metadata = readers.read(StormArticle.html(), "storm.html").metadata();

        assertThat(metadata).isEqualTo(new DocumentMetadata("Daily Planet", "Storm hits coast",
                "https://planet.example/storm", "Lois Lane", "2025-10-28T06:00:00Z"));
    }

    @Test
    void subheadingsStayOnLinesOfTheirOwn() {
        String page = "<html><body><article><p>The river rose <b>two metres</b> overnight, the agency said.</p>"
                + "<h2>What comes next</h2><ul><li>Schools stay closed on Friday.</li><li>Roads reopen Monday.</li></ul>"
                + "<blockquote>We have never seen water this high, a farmer said.</blockquote></article></body></html>";

        assertThat(read(page)).isEqualTo("The river rose two metres overnight, the agency said.\nWhat comes next\n"
                + "Schools stay closed on Friday.\nRoads reopen Monday.\nWe have never seen water this high, a farmer said.");
    }

    @Test
    void pageWithoutArticleMarkupUsesTheBlockWithMostProse() {
        String page = "<html><body><div class=\"links\"><p>Home</p><p>Weather</p></div><div>"
                + "<p>The storm reached the coast at 4 a.m. on Tuesday, officials said.</p>"
                + "<p>At least 12 people were killed and 40,000 homes lost power.</p></div>"
                + "<div><p>Read more weather news.</p></div></body></html>";

        assertThat(read(page)).isEqualTo(String.join("\n", StormArticle.SENTENCES.subList(0, 2)));
    }

    @Test
    void jsonLdAuthorIsUsedWhenNoMetaTagNamesOne() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Clark Kent\"}}</script></head>"
                + "<body><p>A sentence of the story.</p></body></html>";

        assertThat(readers.read(page.getBytes(StandardCharsets.UTF_8), null).metadata().author()).isEqualTo("Clark Kent");
    }

    @Test
    void scriptsAndStylesInsideTheArticleNeverBecomeText() {
        String page = "<article><p>The dam held.<script>alert('x')</script></p><style>p{color:red}</style>"
                + "<noscript>Enable JavaScript</noscript><p>Water&nbsp;levels   fell.</p></article>";

        assertThat(read(page)).isEqualTo("The dam held.\nWater levels fell.");
    }

    @Test
    void titleKeepsASuffixThatIsNotTheSiteName() {
        String page = "<html><head><title>Storm: what we know - Live</title>"
                + "<meta property=\"og:site_name\" content=\"Daily Planet\"></head><body><p>The river rose.</p></body></html>";

        assertThat(readers.read(page.getBytes(StandardCharsets.UTF_8), null).metadata().title())
                .isEqualTo("Storm: what we know - Live");
    }

    @Test
    void pageInTheCharsetItDeclaresIsDecoded() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café owners said the water rose.</p></body></html>";

        assertThat(readers.read(page.getBytes(StandardCharsets.ISO_8859_1), "page.html").text())
                .isEqualTo("Café owners said the water rose.");
    }

    private String read(String page) {
        return readers.read(page.getBytes(StandardCharsets.UTF_8), "page.html").text();
    }
}
