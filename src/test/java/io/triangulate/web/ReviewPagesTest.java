package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review from the pages, with CSRF on: decide from a fact's panel, run a session, read the audit trail. */
@QuarkusTest
class ReviewPagesTest {

    long event;
    long divergent;
    String token;

    @BeforeEach
    void pairWithADivergence() {
        event = Api.newEvent("Review pages");
        Api.addReport(event, "Base", SamplePair.after());
        Api.addReport(event, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));
        List<Map<String, Object>> facts = ReviewApiTest.comparison(event).getList("facts");
        divergent = facts.stream().filter(f -> "DIVERGENCE".equals(f.get("verdict")))
                .map(ReviewApiTest::id).findFirst().orElseThrow();
        token = Csrf.token();
    }

    RequestSpecification form() {
        return given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).redirects().follow(false);
    }

    @Test
    void decisionFromTheFactPanelRedirectsBackAndShowsWhoDecided() {
        form().formParam("status", "CORRECTED").formParam("verdict", "AGREEMENT").formParam("note", "a typo in the variant")
                .formParam("version", 0).formParam("back", "/events/" + event + "#fact-" + divergent)
                .post("/facts/" + divergent + "/review")
                .then().statusCode(303).header("Location", matchesPattern(".*/events/" + event + "#fact-" + divergent));
        Document panel = Jsoup.parse(given().header("HX-Request", "true").get("/events/" + event + "/facts/" + divergent)
                .then().statusCode(200).extract().asString());
        assertThat(panel.select(".review-state").text()).contains("Corrected").contains("a typo in the variant")
                .contains("shown as Agreement");
        assertThat(panel.select("ol.history li").text()).contains("Review");
        assertThat(Jsoup.parse(given().get("/events/" + event).asString()).select("tr[data-fact-id=" + divergent + "]")
                .attr("data-verdict")).isEqualTo("AGREEMENT");
    }

    @Test
    void staleDecisionComesBackAsAWarningAndChangesNothing() {
        form().formParam("status", "CONFIRMED").formParam("version", 0).formParam("back", "/events/" + event)
                .post("/facts/" + divergent + "/review").then().statusCode(303);
        String flash = form().formParam("status", "DISPUTED").formParam("version", 0).formParam("back", "/events/" + event)
                .post("/facts/" + divergent + "/review").then().statusCode(303).extract().cookie("flash");
        assertThat(URLDecoder.decode(flash, StandardCharsets.UTF_8)).startsWith("!").contains("changed since version 0")
                .contains("confirmed");
        assertThat(given().get("/api/facts/" + divergent).jsonPath().getString("review.status")).isEqualTo("CONFIRMED");
    }

    @Test
    void decisionWithoutTheCsrfTokenIsRefused() {
        given().formParam("status", "CONFIRMED").formParam("version", 0).post("/facts/" + divergent + "/review")
                .then().statusCode(400);
        assertThat(given().get("/api/facts/" + divergent).jsonPath().getString("review.status")).isEqualTo("AUTO");
    }

    @Test
    void aSessionShowsTheNextDivergenceAndItsProgress() {
        String location = form().formParam("title", "Morning check").post("/events/" + event + "/sessions")
                .then().statusCode(303).header("Location", matchesPattern(".*/sessions/\\d+")).extract().header("Location");
        Document page = Jsoup.parse(given().get(location).then().statusCode(200).extract().asString());
        assertThat(page.select(".session-current section.fact-detail").attr("data-verdict")).isEqualTo("DIVERGENCE");
        assertThat(page.select(".session-progress").text()).contains("0 of").contains("remaining");
        assertThat(page.select("table.queue tbody tr").first().attr("data-verdict")).isEqualTo("DIVERGENCE");
        assertThat(page.select("[data-review-shortcuts] button[data-key=c]")).hasSize(1);
        String feed = given().get(location + "/feed").then().statusCode(200).extract().asString();
        assertThat(feed.strip()).startsWith("<div id=\"feed\"").contains("Session opened");
    }

    @Test
    void auditPageListsTheImportsAndDecisions() {
        form().formParam("status", "DISPUTED").formParam("note", "check the wire").formParam("version", 0)
                .formParam("back", "/events/" + event).post("/facts/" + divergent + "/review").then().statusCode(303);
        Document audit = Jsoup.parse(given().get("/events/" + event + "/audit").then().statusCode(200).extract().asString());
        assertThat(audit.select("table.audit tbody tr td:nth-child(3)").eachText()).containsSubsequence("Import", "Import", "Review");
        assertThat(audit.text()).contains("check the wire");
    }

    @Test
    void aForeignBackAddressIsIgnored() {
        form().formParam("status", "CONFIRMED").formParam("version", 0).formParam("back", "//evil.example/")
                .post("/facts/" + divergent + "/review").then().statusCode(303).header("Location", matchesPattern("https?://[^/]+/"));
    }
}
