package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static io.triangulate.web.Accounts.anonymous;
import static io.triangulate.web.Accounts.as;
import static io.triangulate.web.Accounts.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may call what in the JSON API. */
@QuarkusTest
class AccessApiTest {

    @Test
    void noCredentialsGetUnauthorizedWithTheContractsErrorAndABasicChallenge() {
        anonymous().get("/api/events").then().statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("UNAUTHORIZED"), "message", notNullValue());
    }

    @Test
    void aWrongPasswordGetsUnauthorized() {
        String vic = newUser("viewer");
        given().auth().preemptive().basic(vic, "not-the-password").get("/api/events").then().statusCode(401)
                .body("error", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aViewerReadsButCannotImport() {
        long event = Api.newEvent("Viewer reads");
        String vic = newUser("viewer");
        as(vic).get("/api/events/" + event).then().statusCode(200);
        as(vic).contentType(ContentType.JSON).body(Map.of("source", "V", "text", "A viewer cannot import this."))
                .post("/api/events/" + event + "/reports").then().statusCode(403)
                .contentType(ContentType.JSON).body("error", equalTo("FORBIDDEN"));
    }

    @Test
    void aViewerMayCompareTextsStoredNowhere() {
        as(newUser("viewer")).contentType(ContentType.JSON)
                .body(Map.of("reports", List.of(Map.of("source", "A", "text", "The storm killed two people."),
                        Map.of("source", "B", "text", "The storm killed three people."))))
                .post("/api/compare").then().statusCode(200);
    }

    @Test
    void aReviewerCannotCreateEvents() {
        as(newUser("reviewer")).contentType(ContentType.JSON).body(Map.of("title", "Not mine to create"))
                .post("/api/events").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
    }

    @Test
    void anEditorCreatesEventsAndDeletesReports() {
        String ed = newUser("editor");
        long event = as(ed).contentType(ContentType.JSON).body(Map.of("title", "An editor's event"))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
        long report = Api.addReport(event, "A", "The storm killed two people on Monday.");
        as(ed).delete("/api/reports/" + report).then().statusCode(204);
    }

    @Test
    void onlyAnAdminListsTheAccounts() {
        as(newUser("editor")).get("/api/users").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
    }

    @Test
    void healthAnswersWithoutCredentials() {
        anonymous().get("/q/health/ready").then().statusCode(200);
    }
}
