package io.triangulate.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Small steps of the JSON API that many tests take. */
public final class Api {

    private Api() {
    }

    public static long newEvent(String title) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title))
                .post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long addReport(long eventId, String source, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("source", source, "text", text))
                .post("/api/events/" + eventId + "/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static int reportCount(long eventId) {
        return given().get("/api/events/" + eventId).then().statusCode(200)
                .extract().jsonPath().getList("reports").size();
    }
}
