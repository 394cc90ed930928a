package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refusal of the contract answers its status and code, and leaves the event as it was. */
@QuarkusTest
class ImportErrorsApiTest {

    static final String STORY = "The bridge closed on Monday after an inspection found cracks.";

    long event;

    @BeforeEach
    void eventWithOneReport() {
        event = Api.newEvent("errors");
        Api.addReport(event, "Wire", STORY);
    }

    @Test
    void blankTextIsAnInvalidReport() {
        refused(json(Map.of("source", "X", "text", "   ")), 400, "INVALID_REPORT");
    }

    @Test
    void missingSourceIsAnInvalidReport() {
        refused(json(Map.of("text", "Some text here.")), 400, "INVALID_REPORT");
    }

    @Test
    void malformedJsonIsAnInvalidReport() {
        refused(given().contentType(ContentType.JSON).body("{\"source\": \"X\", \"text\": ")
                .post(reports()).then(), 400, "INVALID_REPORT");
    }

    @Test
    void textOfTheWrongTypeIsAnInvalidReport() {
        refused(given().contentType(ContentType.JSON).body("{\"source\": \"X\", \"text\": {\"a\": 1}}")
                .post(reports()).then(), 400, "INVALID_REPORT");
    }

    @Test
    void badDateIsAnInvalidReport() {
        refused(json(Map.of("source", "X", "text", "A sentence.", "publishedAt", "yesterday-ish")), 400,
                "INVALID_REPORT");
    }

    @Test
    void textWithoutSentencesIsAnInvalidReport() {
        refused(json(Map.of("source", "X", "text", "Background\n\nWhat Comes Next?")), 400, "INVALID_REPORT");
    }

    @Test
    void sameTextTwiceIsADuplicate() {
        refused(json(Map.of("source", "Another desk", "text", STORY)), 409, "DUPLICATE_REPORT");
    }

    @Test
    void unknownEventIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("source", "X", "text", STORY))
                .post("/api/events/987654321/reports")
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        refused(json(Map.of("source", "X", "text", "Big. ".repeat(1_100_000))), 413, "TOO_LARGE");
    }

    @Test
    void binaryBytesNamedTxtAreUnsupported() {
        byte[] bytes = new byte[256 * 64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        refused(given().multiPart("file", "photo.txt", bytes, "text/plain").multiPart("source", "X")
                .post(reports()).then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void brokenPdfIsUnreadable() {
        refused(given().multiPart("file", "broken.pdf", "%PDF-1.4\n1 0 obj garbage".getBytes(), "application/pdf")
                .multiPart("source", "X").post(reports()).then(), 422, "UNREADABLE_DOCUMENT");
    }

    @Test
    void multipartWithoutFileIsAnInvalidReport() {
        refused(given().multiPart("source", "X").post(reports()).then(), 400, "INVALID_REPORT");
    }

    @Test
    void fileSchemeUrlIsRefused() {
        refused(given().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd"))
                .post(reports() + "/from-url").then(), 400, "INVALID_REPORT");
    }

    private String reports() {
        return "/api/events/" + event + "/reports";
    }

    private ValidatableResponse json(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).post(reports()).then();
    }

    private void refused(ValidatableResponse response, int status, String code) {
        response.statusCode(status).body("error", equalTo(code), "message", not(emptyOrNullString()));
        assertThat(Api.reportCount(event)).as("reports after a refused import").isEqualTo(1);
    }
}
