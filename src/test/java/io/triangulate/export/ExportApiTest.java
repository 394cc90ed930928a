package io.triangulate.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.triangulate.web.Api;
import io.triangulate.web.SamplePair;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every export format of an event with a reviewed fact, read back with a parser of that format. */
@QuarkusTest
class ExportApiTest {

    long event;
    JsonPath comparison;

    @BeforeEach
    void reviewedEvent() {
        event = Api.newEvent("Export: the Trump–Kim tour");
        Api.addReport(event, "Post-tour report", SamplePair.after());
        Api.addReport(event, "Pre-tour preview", SamplePair.before());
        comparison = given().get("/api/events/" + event + "/comparison").then().statusCode(200).extract().jsonPath();
        long fact = comparison.getLong("facts.find { it.claims.size() > 1 }.id");
        int version = comparison.getInt("facts.find { it.id == " + fact + " }.review.version");
        given().contentType(ContentType.JSON).body(Map.of("status", "CONFIRMED", "note", "wire copy agrees",
                "version", version)).put("/api/facts/" + fact + "/review").then().statusCode(200);
    }

    byte[] export(String format, String contentType) {
        return given().get("/api/events/" + event + "/export?format=" + format).then().statusCode(200)
                .contentType(containsString(contentType))
                .header("Content-Disposition", containsString("attachment; filename=\"export-the-trump-kim-tour-"))
                .extract().asByteArray();
    }

    @Test
    void jsonExportHoldsEveryFactWithReportMetadataAndNotes() {
        JsonPath json = JsonPath.from(new String(export("json", "application/json")));
        assertThat(json.getList("facts")).hasSize(comparison.getList("facts").size());
        assertThat(json.getList("reports.source", String.class)).containsExactly("Post-tour report", "Pre-tour preview");
        assertThat(json.getList("facts.review.note", String.class)).contains("wire copy agrees");
    }

    @Test
    void csvExportHasTheHeaderAndOneRowPerFact() throws IOException {
        String text = new String(export("csv", "text/csv"), java.nio.charset.StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(comparison.getList("facts").size());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("verdict", "sources present",
                "missing from", "differences", "review status", "note", "Post-tour report", "Pre-tour preview");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("note")).isEqualTo("wire copy agrees"));
    }

    @Test
    void markdownExportIsATableWithAColumnPerSource() {
        String md = new String(export("md", "text/markdown"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(md).contains("| # | Verdict | Post-tour report | Pre-tour preview | Differences | Review |");
        long tableRows = md.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count();
        assertThat(tableRows).isEqualTo(comparison.getList("facts").size());
    }

    @Test
    void htmlReportStandsAloneAndMarksDifferingWords() {
        Document html = Jsoup.parse(new String(export("html", "text/html"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("script, link, img[src], iframe")).isEmpty();
        assertThat(html.select("[src], [href]")).isEmpty();
        assertThat(html.select("style").html()).doesNotContain("url(").doesNotContain("@import");
        assertThat(html.select("svg rect")).isNotEmpty();
        assertThat(html.select("h2").eachText()).contains("Sources", "Divergences", "Omissions", "Agreements");
        assertThat(html.select("table.sources").text()).contains("Post-tour report", "Pre-tour preview");
        assertThat(html.select("mark")).isNotEmpty();
        assertThat(html.text()).contains("wire copy agrees");
    }

    @Test
    void pdfReportReadsAsTheSameReport() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export("pdf", "application/pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Post-tour report", "Pre-tour preview", "Divergences", "wire copy agrees");
        }
    }

    @Test
    void pdfReportKeepsLettersBeyondWesternEuropeanOnes() throws IOException {
        long other = Api.newEvent("Export: letters");
        Api.addReport(other, "Ankara bureau", "President Recep Tayyip Erdoğan met Łukasz Nowak in Ankara on Monday. "
                + "Officials said the talks in Москва would resume next week.");
        Api.addReport(other, "Wire", "President Erdoğan met Łukasz Nowak in Ankara on Tuesday.");
        byte[] bytes = given().get("/api/events/" + other + "/export?format=pdf").then().statusCode(200).extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Erdoğan", "Łukasz", "Москва");
        }
    }

    @Test
    void claimReviewListsReviewedFactsWithTheirAppearances() {
        JsonPath json = JsonPath.from(new String(export("claimreview", "application/ld+json")));
        assertThat(json.getList("@type", String.class)).containsOnly("ClaimReview").hasSize(1);
        assertThat(json.getString("[0].author.name")).isEqualTo("admin");
        assertThat(json.getList("[0].itemReviewed.appearance")).hasSize(2);
        assertThat(json.getInt("[0].reviewRating.ratingValue")).isBetween(1, 3);
    }

    @Test
    void unknownOrMissingFormatIsRefused() {
        given().get("/api/events/" + event + "/export?format=docx").then().statusCode(400)
                .body("error", equalTo("INVALID_FORMAT"));
        given().get("/api/events/" + event + "/export").then().statusCode(400).body("error", equalTo("INVALID_FORMAT"));
    }

    @Test
    void unknownEventIsNotFound() {
        given().get("/api/events/987654321/export?format=csv").then().statusCode(404);
        given().get("/api/events/987654321/archive").then().statusCode(404);
    }
}
