package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviewers decide, correct the alignment and leave a trail; re-alignment keeps what they did. */
@QuarkusTest
class ReviewApiTest {

    long event;
    List<Map<String, Object>> facts;

    @BeforeEach
    void samplePair() {
        event = Api.newEvent("Review");
        Api.addReport(event, "Post-tour", SamplePair.after());
        Api.addReport(event, "Pre-tour", SamplePair.before());
        facts = comparison(event).getList("facts");
    }

    @Test
    void decisionRaisesTheVersionAndIsShownInTheComparison() {
        Map<String, Object> fact = shared();
        long id = id(fact);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "CORRECTED", "verdict", "DIVERGENCE", "note", "dates differ in the wire", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(200)
                .body("review.status", equalTo("CORRECTED"), "review.version", equalTo(1),
                        "verdict", equalTo("DIVERGENCE"), "review.note", equalTo("dates differ in the wire"));
        assertThat(factOf(comparison(event), id).getString("review.status")).isEqualTo("CORRECTED");
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        long id = id(shared());
        decide(id, "CONFIRMED", "checked", 0).then().statusCode(200);
        decide(id, "DISPUTED", "late", 0).then().statusCode(409).body("error", equalTo("STALE_VERSION"));
        JsonPath fact = given().get("/api/facts/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(fact.getString("review.status")).isEqualTo("CONFIRMED");
        assertThat(fact.getInt("review.version")).isEqualTo(1);
        assertThat(fact.getString("review.note")).isEqualTo("checked");
    }

    @Test
    void ofEightConcurrentWritersOnOneVersionExactlyOneSucceeds() throws Exception {
        long id = id(shared());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int writer = i;
            answers.add(pool.submit(() -> {
                start.await();
                return decide(id, "DISPUTED", "writer " + writer, 0).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            codes.add(answer.get());
        }
        pool.shutdown();
        assertThat(Collections.frequency(codes, 200)).as(codes.toString()).isEqualTo(1);
        assertThat(Collections.frequency(codes, 409)).as(codes.toString()).isEqualTo(7);
        assertThat(given().get("/api/facts/" + id).jsonPath().getInt("review.version")).isEqualTo(1);
    }

    @Test
    void mergeSplitAndDecisionSurviveANewReport() {
        List<Map<String, Object>> single = facts.stream().filter(f -> claims(f).size() == 1).toList();
        Map<String, Object> aligned = shared();
        long first = claimId(single.get(0), 0);
        long second = claimId(single.get(1), 0);
        given().contentType(ContentType.JSON).body(Map.of("factIds", List.of(id(single.get(0)), id(single.get(1)))))
                .post("/api/facts/merge").then().statusCode(200);
        long moved = claimId(aligned, claims(aligned).size() - 1);
        long stays = claimId(aligned, 0);
        given().contentType(ContentType.JSON).body(Map.of("claimIds", List.of(moved)))
                .post("/api/facts/" + id(aligned) + "/split").then().statusCode(200)
                .body("created.claims.id", equalTo(List.of((int) moved)));
        int version = given().get("/api/facts/" + id(aligned)).jsonPath().getInt("review.version");
        decide(id(aligned), "CONFIRMED", "as the wire has it", version).then().statusCode(200);

        Api.addReport(event, "Wire", "Donald Trump ended his Asia trip without meeting Kim Jong Un. "
                + "The White House cited a busy schedule.");
        JsonPath after = comparison(event);
        Map<Long, Long> factOfClaim = factOfClaim(after);
        assertThat(factOfClaim.get(first)).isEqualTo(factOfClaim.get(second));
        assertThat(factOfClaim.get(moved)).isNotEqualTo(factOfClaim.get(stays));
        assertThat(factOf(after, factOfClaim.get(stays)).getString("review.status")).isEqualTo("CONFIRMED");
        assertThat(factOfClaim.get(stays)).isEqualTo(id(aligned));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDecisionOnAMergedAwayFactStaysOnRecord() {
        List<Map<String, Object>> single = facts.stream().filter(f -> claims(f).size() == 1).toList();
        long kept = id(single.get(0));
        long mergedAway = id(single.get(1));
        decide(mergedAway, "DISPUTED", "the wire says otherwise", 0).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("factIds", List.of(kept, mergedAway)))
                .post("/api/facts/merge").then().statusCode(200);
        List<Map<String, Object>> audit = given().get("/api/events/" + event + "/audit").jsonPath().getList("");
        Map<String, Object> merge = audit.get(audit.size() - 1);
        assertThat(merge).containsEntry("action", "MERGE");
        List<Map<String, Object>> before = (List<Map<String, Object>>) merge.get("before");
        assertThat(before).filteredOn(f -> ((Number) f.get("factId")).longValue() == mergedAway).singleElement()
                .satisfies(f -> assertThat((Map<String, Object>) f.get("review"))
                        .containsEntry("status", "DISPUTED").containsEntry("note", "the wire says otherwise"));
    }

    @Test
    void auditTrailNamesEveryChangeOldestFirst() {
        long id = id(shared());
        decide(id, "DISPUTED", "the date is wrong", 0).then().statusCode(200);
        List<Map<String, Object>> audit = given().get("/api/events/" + event + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(audit).extracting(a -> a.get("action")).containsSubsequence("IMPORT", "IMPORT", "REVIEW");
        Map<String, Object> review = audit.get(audit.size() - 1);
        assertThat(review).containsEntry("note", "the date is wrong").containsKeys("at", "user", "before", "after");
        assertThat(((Map<?, ?>) review.get("before")).get("status")).isEqualTo("AUTO");
        assertThat(((Map<?, ?>) review.get("after")).get("status")).isEqualTo("DISPUTED");
        assertThat(given().get("/api/facts/" + id + "/audit").jsonPath().getList("action")).containsExactly("REVIEW");
    }

    @Test
    void aReviewerDecidesAndIsNamedInTheAuditWhileAViewerMayOnlyRead() {
        long id = id(shared());
        String viewer = Accounts.newUser("viewer");
        Accounts.as(viewer).contentType(ContentType.JSON).body(Map.of("status", "CONFIRMED", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
        Accounts.as(viewer).get("/api/events/" + event + "/audit").then().statusCode(200);
        String reviewer = Accounts.newUser("reviewer");
        Accounts.as(reviewer).contentType(ContentType.JSON).body(Map.of("status", "CONFIRMED", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(200).body("review.by", equalTo(reviewer));
        Accounts.anonymous().get("/api/facts/" + id).then().statusCode(401);
        List<Map<String, Object>> audit = given().get("/api/facts/" + id + "/audit").jsonPath().getList("");
        assertThat(audit).singleElement().satisfies(line -> assertThat(line).containsEntry("user", reviewer));
    }

    @Test
    void aSecondReviewerCrossChecksADecisionButNotTheirOwn() {
        long id = id(shared());
        String rita = Accounts.newUser("reviewer");
        String sam = Accounts.newUser("reviewer");
        Accounts.as(rita).contentType(ContentType.JSON).body(Map.of("status", "DISPUTED", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(200);
        Accounts.as(rita).contentType(ContentType.JSON).body(Map.of("accept", true, "version", 1))
                .post("/api/facts/" + id + "/cross-check").then().statusCode(409).body("error", equalTo("SAME_REVIEWER"));
        Accounts.as(sam).contentType(ContentType.JSON).body(Map.of("accept", false, "note", "the wire agrees", "version", 1))
                .post("/api/facts/" + id + "/cross-check").then().statusCode(200)
                .body("review.crossCheck", equalTo("REJECTED"), "review.crossCheckedBy", equalTo(sam),
                        "review.version", equalTo(2));
    }

    @Test
    void sessionQueuesDivergencesFirstAndCountsProgress() {
        int id = given().contentType(ContentType.JSON).body(Map.of("title", "Friday check"))
                .post("/api/events/" + event + "/sessions").then().statusCode(201).extract().path("id");
        JsonPath session = given().get("/api/sessions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(session.getInt("total")).isEqualTo(facts.size());
        assertThat(session.getInt("reviewed")).isZero();
        assertThat(session.getString("next.verdict")).isEqualTo("DIVERGENCE");
        long next = session.getLong("next.id");
        decide(next, "CONFIRMED", null, 0).then().statusCode(200);
        JsonPath later = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(later.getInt("reviewed")).isEqualTo(1);
        assertThat(later.getInt("remaining")).isEqualTo(facts.size() - 1);
        assertThat(later.getLong("next.id")).isNotEqualTo(next);
        given().post("/api/sessions/" + id + "/close").then().statusCode(200).body("closedAt", org.hamcrest.Matchers.notNullValue());
        given().post("/api/sessions/" + id + "/close").then().statusCode(409);
    }

    @Test
    void badReviewsAreClearErrorsThatChangeNothing() {
        long id = id(shared());
        given().contentType(ContentType.JSON).body(Map.of("status", "MAYBE", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(400).body("error", equalTo("INVALID_REVIEW"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CONFIRMED"))
                .put("/api/facts/" + id + "/review").then().statusCode(400).body("error", equalTo("INVALID_REVIEW"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CORRECTED", "version", 0))
                .put("/api/facts/" + id + "/review").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"status\": ").put("/api/facts/" + id + "/review")
                .then().statusCode(400);
        decide(999_999, "CONFIRMED", null, 0).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("factIds", List.of(id)))
                .post("/api/facts/merge").then().statusCode(400).body("error", equalTo("INVALID_CORRECTION"));
        given().contentType(ContentType.JSON).body(Map.of("claimIds", claims(shared()).stream().map(c -> c.get("id")).toList()))
                .post("/api/facts/" + id + "/split").then().statusCode(400);
        assertThat(given().get("/api/facts/" + id).jsonPath().getInt("review.version")).isZero();
    }

    static io.restassured.response.Response decide(long factId, String status, String note, int version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status, "version", version));
        if (note != null) {
            body.put("note", note);
        }
        return given().contentType(ContentType.JSON).body(body).put("/api/facts/" + factId + "/review");
    }

    Map<String, Object> shared() {
        return facts.stream().filter(f -> claims(f).stream().map(c -> c.get("reportId")).distinct().count() == 2)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> claims(Map<String, Object> fact) {
        return (List<Map<String, Object>>) fact.get("claims");
    }

    static long id(Map<String, Object> fact) {
        return ((Number) fact.get("id")).longValue();
    }

    static long claimId(Map<String, Object> fact, int index) {
        return ((Number) claims(fact).get(index).get("id")).longValue();
    }

    static JsonPath comparison(long event) {
        return given().get("/api/events/" + event + "/comparison").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath factOf(JsonPath comparison, long id) {
        return given().get("/api/facts/" + id).then().statusCode(200).extract().jsonPath();
    }

    static Map<Long, Long> factOfClaim(JsonPath comparison) {
        List<Map<String, Object>> all = comparison.getList("facts");
        return all.stream().flatMap(f -> claims(f).stream().map(c -> Map.entry(
                ((Number) c.get("id")).longValue(), id(f)))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
