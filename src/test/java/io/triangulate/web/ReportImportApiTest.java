package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportImportApiTest {

    static final String STORY = "The bridge closed on Monday after an inspection found cracks. "
            + "Engineers said repairs would take three weeks.";

    @Test
    void jsonImportAnswersTheReportWithItsClaimCount() {
        long event = Api.newEvent("json import");
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "Wire", "title", "Bridge", "publishedAt", "2025-10-30", "text", STORY))
                .post("/api/events/" + event + "/reports")
                .then().statusCode(201)
                .body("eventId", equalTo((int) event), "source", equalTo("Wire"),
                        "publishedAt", equalTo("2025-10-30T00:00:00Z"), "claimCount", equalTo(2));
    }

    @Test
    void everyClaimsOffsetsPointAtItsWordsInTheReportText() {
        long report = Api.addReport(Api.newEvent("offsets"), "Wire", "Summary – " + STORY + "\n\nBackground\n"
                + "The bridge opened in 1962 and carries 40,000 cars a day.");
        JsonPath body = given().get("/api/reports/" + report).then().statusCode(200).extract().jsonPath();
        String text = body.getString("text");
        List<Map<String, Object>> claims = body.getList("claims");
        assertThat(claims).isNotEmpty();
        for (Map<String, Object> claim : claims) {
            String words = text.substring((Integer) claim.get("start"), (Integer) claim.get("end"));
            assertThat(words).isEqualTo(claim.get("text"));
            assertThat(claim.get("kind")).isIn("FACT", "QUOTE", "OPINION");
        }
    }

    @Test
    void uploadedTextFileTakesItsMetadataFromFrontMatter() throws IOException {
        long event = Api.newEvent("front matter");
        given().multiPart("file", "storm-wire.txt", fixture("storm-wire.txt"), "text/plain")
                .post("/api/events/" + event + "/reports")
                .then().statusCode(201)
                .body("source", equalTo("Wire Service"), "title", equalTo("Storm hits coast"),
                        "publishedAt", equalTo("2025-10-28T00:00:00Z"), "claimCount", greaterThan(2));
    }

    @Test
    void uploadedMarkdownWithoutSourceIsNamedAfterItsFile() throws IOException {
        long event = Api.newEvent("markdown");
        long id = given().multiPart("file", "storm-local.md", fixture("storm-local.md"), "text/markdown")
                .post("/api/events/" + event + "/reports")
                .then().statusCode(201).body("source", equalTo("storm-local"))
                .extract().jsonPath().getLong("id");
        String text = given().get("/api/reports/" + id).then().extract().jsonPath().getString("text");
        assertThat(text).doesNotContain("**").doesNotContain("# ");
    }

    @Test
    void typedSourceWinsOverTheDocumentsOwn() throws IOException {
        long event = Api.newEvent("typed source");
        given().multiPart("file", "storm-wire.txt", fixture("storm-wire.txt"), "text/plain")
                .multiPart("source", "Desk copy")
                .post("/api/events/" + event + "/reports")
                .then().statusCode(201).body("source", equalTo("Desk copy"));
    }

    @Test
    void deletedReportIsGoneFromItsEvent() {
        long event = Api.newEvent("deletion");
        long report = Api.addReport(event, "Wire", STORY);
        given().delete("/api/reports/" + report).then().statusCode(204);
        given().get("/api/reports/" + report).then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        assertThat(Api.reportCount(event)).isZero();
    }

    @Test
    void unknownReportIsNotFound() {
        given().get("/api/reports/99999").then().statusCode(404).body("error", equalTo("NOT_FOUND"),
                "message", notNullValue());
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ReportImportApiTest.class.getResourceAsStream("/fixtures/reports/" + name)) {
            return in.readAllBytes();
        }
    }
}
