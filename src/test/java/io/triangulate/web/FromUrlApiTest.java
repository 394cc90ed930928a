package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports from pages served on loopback (the test profile allows private addresses). */
@QuarkusTest
class FromUrlApiTest {

    static final String PAGE = """
            <!doctype html><html><head><title>Storm hits coast | Daily Planet</title>
            <meta property="og:site_name" content="Daily Planet"><meta name="author" content="Lois Lane">
            <meta property="article:published_time" content="2025-10-28T06:00:00Z"></head><body>
            <nav><a href="/">Home</a> Subscribe now for unlimited access</nav>
            <article><h1>Storm hits coast</h1>
            <p>The storm reached the coast at 4 a.m. on Tuesday, officials said.</p>
            <p>At least 12 people were killed and 40,000 homes lost power.</p></article>
            <footer>Copyright Daily Planet. All rights reserved.</footer></body></html>""";

    HttpServer server;

    @BeforeEach
    void servePage() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void pageImportKeepsTheArticleAndItsMetadata() {
        long event = Api.newEvent("from url");
        long id = given().contentType(ContentType.JSON).body(Map.of("url", url("/story")))
                .post("/api/events/" + event + "/reports/from-url")
                .then().statusCode(201)
                .body("source", equalTo("Daily Planet"), "author", equalTo("Lois Lane"),
                        "publishedAt", equalTo("2025-10-28T06:00:00Z"), "claimCount", equalTo(2))
                .extract().jsonPath().getLong("id");
        String text = given().get("/api/reports/" + id).then().extract().jsonPath().getString("text");
        assertThat(text).doesNotContain("Subscribe").doesNotContain("Copyright");
    }

    @Test
    void missingPageIsAFetchFailure() {
        long event = Api.newEvent("from url 404");
        given().contentType(ContentType.JSON).body(Map.of("url", url("/missing")))
                .post("/api/events/" + event + "/reports/from-url")
                .then().statusCode(502).body("error", equalTo("FETCH_FAILED"));
        assertThat(Api.reportCount(event)).isZero();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
