package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportsPageTest {

    static final String STORY = "The bridge closed on Monday after an inspection found cracks. "
            + "Engineers said repairs would take three weeks.";

    @Test
    void pastedReportRedirectsToItsReadingView() {
        long event = Api.newEvent("paste page");
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).formParam("source", "Gazette")
                .formParam("text", STORY).redirects().follow(false)
                .post("/events/" + event + "/reports")
                .then().statusCode(303).header("Location", matchesPattern(".*/reports/\\d+"));
        assertThat(Api.reportCount(event)).isEqualTo(1);
    }

    @Test
    void refusedPasteKeepsWhatWasTypedAndSaysWhy() {
        long event = Api.newEvent("paste refused");
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).formParam("source", "Gazette")
                .formParam("text", STORY).formParam("publishedAt", "last Tuesday")
                .post("/events/" + event + "/reports")
                .then().statusCode(400).body(containsString("is not a date"), containsString("Gazette"),
                        containsString("inspection found cracks"));
        assertThat(Api.reportCount(event)).isZero();
    }

    @Test
    void severalUploadedFilesBecomeSeveralReports() throws IOException {
        long event = Api.newEvent("upload page");
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).multiPart(Csrf.NAME, token)
                .multiPart("files", "storm-wire.txt", ReportImportApiTest.fixture("storm-wire.txt"), "text/plain")
                .multiPart("files", "storm-local.md", ReportImportApiTest.fixture("storm-local.md"), "text/markdown")
                .redirects().follow(false)
                .post("/events/" + event + "/reports/files")
                .then().statusCode(303).cookie("flash", containsString("2+reports+imported"));
        assertThat(Api.reportCount(event)).isEqualTo(2);
    }

    @Test
    void uploadOfOnlyRefusedFilesShowsEachReason() {
        long event = Api.newEvent("upload refused");
        String token = Csrf.token();
        given().cookie(Csrf.NAME, token).multiPart(Csrf.NAME, token)
                .multiPart("files", "broken.pdf", "%PDF-1.4 garbage".getBytes(), "application/pdf")
                .post("/events/" + event + "/reports/files")
                .then().statusCode(400).body(containsString("broken.pdf:"));
        assertThat(Api.reportCount(event)).isZero();
    }

    @Test
    void readingViewMarksEveryClaim() {
        long report = Api.addReport(Api.newEvent("reading"), "Wire", STORY);
        JsonPath json = given().get("/api/reports/" + report).then().extract().jsonPath();
        List<Integer> ids = json.getList("claims.id");
        String page = given().get("/reports/" + report).then().statusCode(200).extract().asString();
        assertThat(ids).isNotEmpty();
        for (Integer id : ids) {
            assertThat(page).contains("data-claim-id=\"" + id + "\"");
        }
    }

    @Test
    void hostileMarkupInAReportIsShownAsText() {
        long report = Api.addReport(Api.newEvent("escaping"), "<script>alert(1)</script>",
                "The mayor said <b>nothing</b> about the <script>alert(2)</script> plan.");
        given().get("/reports/" + report).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(org.hamcrest.Matchers.not(containsString("<script>alert")));
    }
}
