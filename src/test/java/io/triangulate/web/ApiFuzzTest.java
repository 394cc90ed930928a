package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON API under malformed, random, huge and hostile bodies: every answer is the contract's
 * refusal or a success, never a 5xx, and no report is ever stored without its claims. Bodies come
 * from {@link FuzzBodies} with a fixed seed; a failure names the body's round.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final long SEED = 1123L;
    private static final int ROUNDS = 60;

    @Test
    void eventCreationNeverFailsOnOurSide() {
        hammer("/api/events", "POST", "{\"title\": \"Storm\", \"description\": \"d\"}");
    }

    @Test
    void reportImportNeverFailsOnOurSideNorStoresHalfAReport() {
        long event = Api.newEvent("fuzzed imports");
        hammer("/api/events/" + event + "/reports", "POST",
                "{\"source\": \"Wire\", \"text\": \"The dam held overnight. Crews worked 12 hours.\"}");
        assertEveryReportHasClaims(event);
    }

    @Test
    void fileImportOfRandomBytesNeverFailsOnOurSideNorStoresHalfAReport() {
        long event = Api.newEvent("fuzzed uploads");
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS / 2; round++) {
            byte[] file = FuzzBodies.randomBytes(random, 4000);
            int status = given().multiPart("file", "r" + round + (random.nextBoolean() ? ".pdf" : ".txt"), file)
                    .multiPart("source", FuzzBodies.oddText(random, 40)).post("/api/events/" + event + "/reports")
                    .statusCode();
            assertThat(status).as("upload round %d", round).isLessThan(500);
        }
        assertEveryReportHasClaims(event);
    }

    @Test
    void adHocComparisonNeverFailsOnOurSide() {
        hammer("/api/compare", "POST", "{\"reports\": [{\"source\": \"A\", \"text\": \"Two died.\"},"
                + " {\"source\": \"B\", \"text\": \"Three died.\"}]}");
    }

    @Test
    void importFromUrlNeverFailsOnOurSide() {
        long event = Api.newEvent("fuzzed urls");
        String path = "/api/events/" + event + "/reports/from-url";
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)", "http://[::1", "", "http://",
                "ftp://example.org/x", "h".repeat(20000), "http://exa mple.org/\u0000")) {
            int status = given().contentType("application/json").body(Map.of("url", url)).post(path).statusCode();
            assertThat(status).as("from-url %s", url.length() > 40 ? url.substring(0, 40) : url).isBetween(400, 499);
        }
        hammer(path, "POST", "{\"url\": \"file:///etc/passwd\"}");
        assertEveryReportHasClaims(event);
    }

    @Test
    void reviewDecisionsNeverFailOnOurSide() {
        long event = Api.newEvent("fuzzed review");
        Api.addReport(event, "A", "The bridge opened on Monday. It cost $4 million.");
        Api.addReport(event, "B", "The bridge opened on Tuesday. It cost $4 million.");
        long fact = given().get("/api/events/" + event + "/comparison").then().statusCode(200)
                .extract().jsonPath().getLong("facts[0].id");
        hammer("/api/facts/" + fact + "/review", "PUT", "{\"status\": \"CONFIRMED\", \"note\": \"ok\", \"version\": 1}");
    }

    private static void hammer(String path, String method, String validBody) {
        Random random = new Random(SEED + path.hashCode());
        List<String> failures = new ArrayList<>();
        List<byte[]> bodies = FuzzBodies.bodies(random, validBody, ROUNDS);
        for (int round = 0; round < bodies.size(); round++) {
            int status = given().contentType("application/json").body(bodies.get(round)).request(method, path)
                    .statusCode();
            if (status >= 500) {
                failures.add("round " + round + " got " + status + ": "
                        + preview(new String(bodies.get(round), StandardCharsets.UTF_8)));
            }
        }
        assertThat(failures).as("%s %s, seed %d", method, path, SEED).isEmpty();
    }

    private static void assertEveryReportHasClaims(long event) {
        List<Integer> reports = given().get("/api/events/" + event).then().statusCode(200)
                .extract().jsonPath().getList("reports.id");
        for (int report : reports) {
            assertThat(given().get("/api/reports/" + report).then().statusCode(200)
                    .extract().jsonPath().getList("claims")).as("claims of report %d", report).isNotEmpty();
        }
    }

    private static String preview(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }
}
