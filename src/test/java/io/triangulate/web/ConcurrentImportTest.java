package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentImportTest {

    @Test
    void sameTextImportedAtOnceIsStoredOnceAndTheOthersAreDuplicates() throws Exception {
        long event = Api.newEvent("race");
        Map<String, String> body = Map.of("source", "Wire",
                "text", "The dam held overnight, engineers said. Evacuation orders were lifted at noon.");
        Callable<Integer> post = () -> given().contentType(ContentType.JSON).body(body)
                .post("/api/events/" + event + "/reports").statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = pool.invokeAll(IntStream.range(0, 4).mapToObj(i -> post).toList());
            List<Integer> statuses = answers.stream().map(ConcurrentImportTest::get).toList();
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        assertThat(Api.reportCount(event)).isEqualTo(1);
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
