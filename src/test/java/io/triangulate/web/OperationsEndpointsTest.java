package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessAnswersWithoutAnAccountAndChecksTheDatabase() {
        Accounts.anonymous().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body(containsString("Database connections health check"));
    }

    @Test
    void openApiAndSwaggerUiAreOpen() {
        Accounts.anonymous().get("/q/openapi").then().statusCode(200).body(containsString("/api/events"));
        Accounts.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsNeedAnAccountAndSpeakPrometheus() {
        assertThat(Accounts.anonymous().redirects().follow(false).get("/q/metrics").statusCode()).isIn(302, 401);
        given().get("/api/events").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
