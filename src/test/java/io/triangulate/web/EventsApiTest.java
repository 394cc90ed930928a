package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsApiTest {

    @Test
    void creatingAnEventAnswersItsLocationAndFields() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Storm", "description", "Coast"))
                .post("/api/events")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/events/"))
                .body("title", equalTo("Storm"), "description", equalTo("Coast"), "reportCount", equalTo(0),
                        "createdAt", notNullValue());
    }

    @Test
    void blankTitleIsRefusedWithACode() {
        given().contentType(ContentType.JSON).body(Map.of("title", "  "))
                .post("/api/events")
                .then().statusCode(400).body("error", equalTo("INVALID_EVENT"), "message", notNullValue());
    }

    @Test
    void malformedJsonIsRefusedWithACode() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/events")
                .then().statusCode(400).body("error", equalTo("INVALID_EVENT"));
    }

    @Test
    void listedEventsCountTheirReports() {
        long id = Api.newEvent("Listed");
        Api.addReport(id, "Wire", "The bridge closed on Monday after an inspection found cracks.");
        given().get("/api/events").then().statusCode(200)
                .body("find { it.id == " + id + " }.reportCount", equalTo(1))
                .body("title", hasItem("Listed"));
    }

    @Test
    void oneEventListsItsReportsWithClaimCounts() {
        long id = Api.newEvent("With reports");
        Api.addReport(id, "Wire", "The bridge closed on Monday after an inspection found cracks.");
        given().get("/api/events/" + id).then().statusCode(200)
                .body("reports[0].source", equalTo("Wire"), "reports[0].claimCount", equalTo(1));
    }

    @Test
    void unknownEventIsNotFound() {
        given().get("/api/events/987654").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void deletingAnEventRemovesIt() {
        long id = Api.newEvent("Doomed");
        given().delete("/api/events/" + id).then().statusCode(204);
        given().get("/api/events/" + id).then().statusCode(404);
    }
}
