package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsPageTest {

    @Test
    void eventsPageListsEventsWithTheirReportCounts() {
        long id = Api.newEvent("Listed on the page");
        Api.addReport(id, "Wire", "The bridge closed on Monday after an inspection found cracks.");
        given().get("/").then().statusCode(200)
                .body(containsString("href=\"/events/" + id + "\""), containsString("Listed on the page"));
    }

    @Test
    void creatingAnEventRedirectsToItWithAFlashMessage() {
        String token = Csrf.token();
        String location = given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token)
                .formParam("title", "Flood in the valley").redirects().follow(false)
                .post("/events")
                .then().statusCode(303).header("Location", matchesPattern(".*/events/\\d+"))
                .cookie("flash", containsString("Event+created")).extract().header("Location");
        given().cookie(Csrf.NAME, token).cookie("flash", "Event+created.").get(location)
                .then().statusCode(200).body(containsString("Flood in the valley"),
                        containsString("class=\"flash\""));
    }

    @Test
    void blankTitleRendersTheFormAgainWithAnError() {
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).formParam("title", " ")
                .formParam("description", "kept").post("/events")
                .then().statusCode(400).body(containsString("Give the event a title."), containsString("kept"));
    }

    @Test
    void formWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        given().formParam("title", "Forged").redirects().follow(false).post("/events")
                .then().statusCode(400).body(containsString("reload the page"));
        given().get("/").then().body(not(containsString("Forged")));
    }

    @Test
    void formWithAnotherTokenThanItsCookieIsRefused() {
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token + "x").formParam("title", "Forged twice")
                .post("/events").then().statusCode(400);
    }

    @Test
    void deletingAnEventFromItsPageRedirectsToTheList() {
        long id = Api.newEvent("To delete from page");
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).redirects().follow(false)
                .post("/events/" + id + "/deletion")
                .then().statusCode(303).header("Location", matchesPattern(".*/$"));
        given().get("/events/" + id).then().statusCode(404);
    }

    @Test
    void unknownEventPageIsAFriendlyNotFound() {
        given().get("/events/424242").then().statusCode(404)
                .body(containsString("There is no event 424242"), not(containsString("Exception")));
    }

    @Test
    void eventPageFormsCarryTheCsrfField() {
        long id = Api.newEvent("Forms");
        given().get("/events/" + id).then().statusCode(200)
                .body(containsString("name=\"csrf-token\""));
    }
}
