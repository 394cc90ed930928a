package io.triangulate.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.triangulate.web.Accounts;
import io.triangulate.web.Api;
import io.triangulate.web.SamplePair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An event archived and restored is the same event: facts, verdicts and decisions, not recomputed. */
@QuarkusTest
class ArchiveApiTest {

    long event;

    @BeforeEach
    void reviewedEvent() {
        event = Api.newEvent("Archive round trip");
        Api.addReport(event, "Base", SamplePair.after());
        Api.addReport(event, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));
        JsonPath comparison = comparison(event);
        long fact = comparison.getLong("facts.find { it.verdict == 'DIVERGENCE' }.id");
        given().contentType(ContentType.JSON).body(Map.of("status", "CORRECTED", "verdict", "AGREEMENT", "note",
                "same trip", "version", 0)).put("/api/facts/" + fact + "/review").then().statusCode(200);
    }

    static JsonPath comparison(long id) {
        return given().get("/api/events/" + id + "/comparison").then().statusCode(200).extract().jsonPath();
    }

    static List<String> facts(JsonPath comparison) {
        return comparison.getList("facts", Map.class).stream().map(f -> ((List<?>) f.get("claims")).stream()
                .map(c -> ((Map<?, ?>) c).get("text")).sorted().toList() + " " + f.get("verdict") + " "
                + ((Map<?, ?>) f.get("review")).get("status") + " " + ((Map<?, ?>) f.get("review")).get("note"))
                .sorted().toList();
    }

    @Test
    void restoredArchiveHasTheSameFactsVerdictsAndDecisions() {
        byte[] archive = given().get("/api/events/" + event + "/archive").then().statusCode(200)
                .body("format", equalTo("triangulate-archive")).extract().asByteArray();
        long restored = given().contentType(ContentType.JSON).body(archive).post("/api/events/import-archive")
                .then().statusCode(201).body("title", equalTo("Archive round trip")).extract().jsonPath().getLong("id");
        assertThat(restored).isNotEqualTo(event);
        assertThat(JsonPath.from(new String(archive, java.nio.charset.StandardCharsets.UTF_8))
                .getList("claims.embeddingModel", String.class)).isNotEmpty().containsOnly("bge-small-en-v1.5-q");
        assertThat(facts(comparison(restored))).isEqualTo(facts(comparison(event))).contains(
                facts(comparison(event)).stream().filter(f -> f.endsWith("CORRECTED same trip")).toList().get(0));
        assertThat(given().get("/api/events/" + restored + "/audit").then().statusCode(200).extract().jsonPath()
                .getList("action", String.class)).contains("REVIEW");
    }

    @Test
    void brokenArchiveIsRefusedAndStoresNothing() {
        int before = given().get("/api/events").then().extract().jsonPath().getList("id").size();
        given().contentType(ContentType.JSON).body("{\"format\": \"triangulate-archive\", \"facts\": 7")
                .post("/api/events/import-archive").then().statusCode(400).body("error", equalTo("INVALID_ARCHIVE"));
        String inconsistent = new String(given().get("/api/events/" + event + "/archive").then().extract()
                .asByteArray()).replaceFirst("\"claimIds\" *: *\\[", "\"claimIds\":[999999999,");
        given().contentType(ContentType.JSON).body(inconsistent).post("/api/events/import-archive").then()
                .statusCode(400).body("error", equalTo("INVALID_ARCHIVE"));
        assertThat(given().get("/api/events").then().extract().jsonPath().getList("id")).hasSize(before);
    }

    @Test
    void importingAnArchiveNeedsAnEditor() {
        byte[] archive = given().get("/api/events/" + event + "/archive").then().extract().asByteArray();
        Accounts.as(Accounts.newUser("viewer")).contentType(ContentType.JSON).body(archive)
                .post("/api/events/import-archive").then().statusCode(403);
    }
}
