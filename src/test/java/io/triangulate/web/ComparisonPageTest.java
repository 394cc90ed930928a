package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.triangulate.web.support.Globals;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comparison page of the sample pair, read as an editor reads it: rows, columns, marks, pictures. */
@QuarkusTest
class ComparisonPageTest {

    long event;
    long after;
    long before;

    @BeforeEach
    void samplePair() {
        event = Api.newEvent("Comparison page");
        after = Api.addReport(event, "Post-tour report", SamplePair.after());
        before = Api.addReport(event, "Pre-tour preview", SamplePair.before());
    }

    @Test
    void namesBothSourcesAndShowsOneRowPerFactOfTheApiWithItsVerdict() {
        Map<Long, String> api = apiVerdicts(event);
        Document page = page("/events/" + event);
        assertThat(page.select("table.comparison thead th.source-col").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Post-tour report"))
                .anySatisfy(t -> assertThat(t).startsWith("Pre-tour preview"));
        Map<Long, String> rows = page.select("tr[data-fact-id]").stream().collect(Collectors.toMap(
                r -> Long.valueOf(r.attr("data-fact-id")), r -> r.attr("data-verdict")));
        assertThat(rows).isEqualTo(api);
    }

    @Test
    void aFactLeftOutSaysSoInTheEmptyCell() {
        Element omission = page("/events/" + event).selectFirst("tr[data-verdict=OMISSION]");
        assertThat(omission).isNotNull();
        assertThat(omission.select("td.cell.missing").text()).isEqualTo("Not in this report");
        assertThat(omission.select("td.cell:not(.missing) [data-claim-id]")).hasSize(1);
    }

    @Test
    void verdictFilterShowsOnlyThatVerdictAndSaysHowManyOfAll() {
        Map<Long, String> api = apiVerdicts(event);
        long omissions = api.values().stream().filter("OMISSION"::equals).count();
        Document page = page("/events/" + event + "?verdict=OMISSION");
        assertThat(page.select("tr[data-fact-id]").eachAttr("data-verdict")).hasSize((int) omissions)
                .containsOnly("OMISSION");
        assertThat(page.select(".shown").text()).contains("Showing " + omissions + " of " + api.size() + " facts");
        assertThat(page.select("#verdict option[selected]").attr("value")).isEqualTo("OMISSION");
    }

    @Test
    void sourceFilterKeepsTheFactsThatSourceStates() {
        Document page = page("/events/" + event + "?source=" + before);
        assertThat(page.select("tr[data-fact-id]")).isNotEmpty().allSatisfy(row -> assertThat(
                row.select("td.cell").get(1).select("[data-claim-id]")).isNotEmpty());
    }

    @Test
    void searchKeepsTheFactsWhoseWordingHasThePhrase() {
        Document page = Jsoup.parse(given().queryParam("q", "choe son hui").get("/events/" + event).then()
                .statusCode(200).extract().asString());
        assertThat(page.select("tr[data-fact-id]")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text().toLowerCase()).contains("choe son hui"));
    }

    @Test
    void anUnknownVerdictIsAClearBadRequest() {
        String body = given().get("/events/" + event + "?verdict=MAYBE").then().statusCode(400).extract().asString();
        assertThat(Jsoup.parse(body).text()).contains("There is no verdict 'MAYBE'").doesNotContain("Exception");
    }

    @Test
    void changedNumberIsMarkedInBothCells() {
        long pair = Api.newEvent("Changed number");
        Api.addReport(pair, "Base", SamplePair.after());
        Api.addReport(pair, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));
        Element row = page("/events/" + pair).selectFirst("tr[data-verdict=DIVERGENCE]:has(mark)");
        assertThat(row).isNotNull();
        assertThat(row.select("mark").eachText()).contains("five-day", "three-day");
        assertThat(row.select(".kind").eachText()).contains("Number");
    }

    @Test
    void coverageChartHasOneBarPerSourceAndTheMatrixOneLinePerSource() {
        Document page = page("/events/" + event);
        Element chart = page.selectFirst("svg.coverage-chart");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("rect.bar-missing")).hasSize(2);
        assertThat(chart.select("text.bar-label").eachText()).containsExactly("Post-tour report", "Pre-tour preview");
        assertThat(page.select("table.matrix-table tbody tr")).hasSize(2);
        assertThat(page.select("table.matrix-table td.self").eachText()).allSatisfy(t -> assertThat(t).matches("\\d+"));
    }

    @Test
    void factDetailExplainsTheDifferencesAndShowsEachClaimInItsParagraph() {
        long pair = Api.newEvent("Fact detail");
        Api.addReport(pair, "Base", SamplePair.after());
        Api.addReport(pair, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));
        String factId = page("/events/" + pair).selectFirst("tr[data-verdict=DIVERGENCE]:has(mark)").attr("data-fact-id");

        Document full = page("/events/" + pair + "/facts/" + factId);
        assertThat(full.select("header.site")).hasSize(1);
        Element detail = full.selectFirst("section.fact-detail");
        assertThat(detail.select("ul.differences > li").text()).contains("five-day").contains("three-day");
        assertThat(detail.select("figure.in-context")).hasSize(2);
        assertThat(detail.select("figure.in-context blockquote").first().text())
                .contains("Malaysia").contains("missed opportunity");
        assertThat(detail.select("figcaption a").eachAttr("href")).allMatch(h -> h.matches("/reports/\\d+#claim-\\d+"));

        String panel = given().header("HX-Request", "true").get("/events/" + pair + "/facts/" + factId)
                .then().statusCode(200).extract().asString();
        assertThat(panel).startsWith("<section class=\"fact-detail\"").doesNotContain("<html");
    }

    @Test
    void factOfAnotherEventIsNotFound() {
        long other = Api.newEvent("Other");
        String factId = page("/events/" + event).selectFirst("tr[data-fact-id]").attr("data-fact-id");
        given().get("/events/" + other + "/facts/" + factId).then().statusCode(404);
    }

    @Test
    void reportViewMarksEveryClaimWithItsVerdictAndLinksToItsFact() {
        List<Integer> claims = given().get("/api/reports/" + after).jsonPath().getList("claims.id");
        apiVerdicts(event);
        Document view = page("/reports/" + after);
        List<Element> marked = view.select("[data-claim-id]");
        assertThat(marked).hasSize(claims.size());
        assertThat(marked).allSatisfy(claim -> {
            assertThat(claim.attr("data-verdict")).isIn("AGREEMENT", "DIVERGENCE", "OMISSION");
            assertThat(claim.attr("href")).matches("/events/" + event + "#fact-\\d+");
        });
    }

    @Test
    void htmxIsServedByTheAppItself() {
        given().get(Globals.htmxPath).then().statusCode(200);
        assertThat(page("/events/" + event).select("script[src]").eachAttr("src")).contains(Globals.htmxPath)
                .allMatch(src -> src.startsWith("/"));
    }

    static Map<Long, String> apiVerdicts(long event) {
        JsonPath comparison = given().get("/api/events/" + event + "/comparison").then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> facts = comparison.getList("facts");
        return facts.stream().collect(Collectors.toMap(f -> ((Number) f.get("id")).longValue(),
                f -> (String) f.get("verdict")));
    }

    static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }
}
