package io.triangulate.web;

import static io.restassured.RestAssured.given;

/** Gets a page as a browser would and returns the CSRF token its cookie carries. */
public final class Csrf {

    public static final String NAME = "csrf-token";

    private Csrf() {
    }

    public static String token() {
        return given().get("/").then().statusCode(200).extract().cookie(NAME);
    }
}
