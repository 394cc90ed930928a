package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesApiStaticFilesAndErrorsCarryTheHardeningHeaders() {
        for (String path : new String[] {"/", "/login", "/api/events", "/js/app.js", "/api/events/999999999", "/nowhere"}) {
            Response answer = given().get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path)
                    .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void pagesLoadNoInlineScriptOrStyle() {
        String html = given().get("/").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style").doesNotContain(" style=");
    }

    @Test
    void everyAnswerNamesItsRequestAndKeepsTheCallersId() {
        assertThat(given().get("/api/events").header("X-Request-Id")).isNotBlank();
        given().header("X-Request-Id", "lb-1234").get("/api/events").then().header("X-Request-Id", equalTo("lb-1234"));
        assertThat(given().header("X-Request-Id", "forged\tline").get("/api/events").header("X-Request-Id"))
                .isNotEqualTo("forged\tline");
    }

    @Test
    void unexpectedPathsShowNoStackTrace() {
        String body = given().accept("text/html").get("/events/not-a-number").asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at io.");
    }
}
