package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Imported text is data: markup in a report or a source name is shown as text, never run. */
@QuarkusTest
class HostileMarkupTest {

    private static final String XSS = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>";

    @Test
    void markupInReportsAndSourcesIsEscapedOnTheEventReportAndFactPages() {
        long event = Api.newEvent("hostile markup");
        long report = Api.addReport(event, "Evil " + XSS,
                "The mayor said " + XSS + " the bridge opened on Monday. It cost $4 million.");
        Api.addReport(event, "Plain", "The mayor said the bridge opened on Monday. It cost $5 million.");

        assertEscaped(page("/events/" + event));
        assertEscaped(page("/reports/" + report));
        for (long fact : factIds(event)) {
            assertEscaped(page("/events/" + event + "/facts/" + fact));
        }
    }

    private static String page(String path) {
        Response page = given().accept("text/html").get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.asString();
    }

    private static void assertEscaped(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src")
                .contains("&lt;script&gt;");
        // Even with the entities' ampersands stripped, no attribute assignment survives.
        assertThat(html.replace("&", "")).doesNotContain("onerror=alert");
    }

    private static List<Long> factIds(long event) {
        List<Map<String, Object>> facts = given().get("/api/events/" + event + "/comparison").then().statusCode(200)
                .extract().jsonPath().getList("facts");
        assertThat(facts).isNotEmpty();
        return facts.stream().map(f -> ((Number) f.get("id")).longValue()).toList();
    }
}
