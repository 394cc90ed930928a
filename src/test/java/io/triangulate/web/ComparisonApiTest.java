package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComparisonApiTest {

    static final String WIRE = "A storm hit the coast on Tuesday. Two people were killed in the flooding. "
            + "The governor declared a state of emergency.";
    static final String LOCAL = "The governor declared a state of emergency on Tuesday night. "
            + "A storm struck the coast on Tuesday.";

    @Test
    void everyClaimOfEveryReportIsInExactlyOneFact() {
        long event = Api.newEvent("comparison");
        long wire = Api.addReport(event, "Wire", WIRE);
        long local = Api.addReport(event, "Local", LOCAL);
        JsonPath comparison = comparison(event);
        List<Integer> inFacts = comparison.getList("facts.claims.flatten().id");
        List<Integer> claims = new ArrayList<>(given().get("/api/reports/" + wire).jsonPath().getList("claims.id"));
        claims.addAll(given().get("/api/reports/" + local).jsonPath().getList("claims.id"));
        assertThat(inFacts).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(claims);
        assertThat(comparison.getList("reports.source")).containsExactly("Wire", "Local");
    }

    @Test
    void factLeftOutByAReportNamesItAndIsAnOmission() {
        long event = Api.newEvent("omission");
        Api.addReport(event, "Wire", WIRE);
        long local = Api.addReport(event, "Local", LOCAL);
        JsonPath comparison = comparison(event);
        Map<String, Object> killed = comparison.getMap("facts.find { it.claims[0].text.contains('killed') }");
        assertThat(killed.get("verdict")).isEqualTo("OMISSION");
        assertThat(killed.get("missingFrom")).isEqualTo(List.of((int) local));
        assertThat(comparison.getList("facts.findAll { it.missingFrom.isEmpty() }.verdict"))
                .isSubsetOf("AGREEMENT", "DIVERGENCE");
    }

    @Test
    void singleReportIsUncompared() {
        long event = Api.newEvent("alone");
        Api.addReport(event, "Wire", WIRE);
        given().get("/api/events/" + event + "/comparison").then().statusCode(200)
                .body("facts.verdict", everyItem(equalTo("UNCOMPARED")));
    }

    @Test
    void unchangedEventIsServedAsStoredAndFactsKeepTheirIds() {
        long event = Api.newEvent("stable");
        Api.addReport(event, "Wire", WIRE);
        Api.addReport(event, "Local", LOCAL);
        List<Integer> first = comparison(event).getList("facts.id");
        assertThat(comparison(event).getList("facts.id")).isEqualTo(first);
    }

    @Test
    void deletedReportLeavesTheComparison() {
        long event = Api.newEvent("deleted");
        Api.addReport(event, "Wire", WIRE);
        long local = Api.addReport(event, "Local", LOCAL);
        comparison(event);
        given().delete("/api/reports/" + local).then().statusCode(204);
        JsonPath after = comparison(event);
        assertThat(after.getList("facts.claims.flatten().reportId")).doesNotContain((int) local);
        assertThat(after.getList("reports.id")).doesNotContain((int) local);
    }

    @Test
    void realignAnswersTheComparison() {
        long event = Api.newEvent("realign");
        Api.addReport(event, "Wire", WIRE);
        given().post("/api/events/" + event + "/realign").then().statusCode(200)
                .body("event.id", equalTo((int) event));
    }

    @Test
    void unknownEventHasNoComparison() {
        given().get("/api/events/777777/comparison").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void adHocTextsAreComparedWithReportIdsInTheOrderGiven() {
        given().contentType(ContentType.JSON)
                .body(Map.of("reports", List.of(Map.of("source", "A", "text", WIRE), Map.of("source", "B", "text", LOCAL))))
                .post("/api/compare")
                .then().statusCode(200)
                .body("reports.id", equalTo(List.of(1, 2)), "reports.source", equalTo(List.of("A", "B")));
    }

    @Test
    void adHocWithoutReportsIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("reports", List.of())).post("/api/compare")
                .then().statusCode(400).body("error", equalTo("INVALID_REQUEST"));
    }

    private static JsonPath comparison(long event) {
        return given().get("/api/events/" + event + "/comparison").then().statusCode(200).extract().jsonPath();
    }
}
