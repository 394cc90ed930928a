package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static io.triangulate.web.Accounts.as;
import static io.triangulate.web.Accounts.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Pages show each role only what it can use, and say so kindly when it asks for more. */
@QuarkusTest
class PagesByRoleTest {

    @Test
    void aViewerSeesTheComparisonWithoutImportOrDeleteButtons() {
        long event = Api.newEvent("Viewer's view");
        Api.addReport(event, "A", "The storm killed two people on Monday.");
        as(newUser("viewer")).get("/events/" + event).then().statusCode(200)
                .body(not(containsString("Import reports")), not(containsString("Delete event")),
                        not(containsString("quick-import")), not(containsString("href=\"/events/new\"")));
    }

    @Test
    void anEditorSeesImportAndDelete() {
        long event = Api.newEvent("Editor's view");
        as(newUser("editor")).get("/events/" + event).then().statusCode(200)
                .body(containsString("Import reports"), containsString("Delete event"));
    }

    @Test
    void aViewerAskingForTheNewEventFormGetsAFriendlyForbiddenPage() {
        as(newUser("viewer")).get("/events/new").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("role does not allow"));
    }

    @Test
    void onlyAdminsSeeTheAccountsLink() {
        as(newUser("editor")).get("/").then().body(not(containsString("href=\"/admin/users\"")));
        given().get("/").then()
                .body(containsString("href=\"/admin/users\""));
    }
}
