package io.triangulate.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts for tests: each call makes a new one, so tests never share a user (or its throttle). */
public final class Accounts {

    public static final String PASSWORD = "a-Good-Password-1";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Accounts() {
    }

    /** A new account with this role, created by the admin; returns its user name. */
    public static String newUser(String role) {
        String username = role + "-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .post("/api/users").then().statusCode(201);
        return username;
    }

    /** A request sent as this account (created by {@link #newUser}). */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** A request with no credentials at all. */
    public static RequestSpecification anonymous() {
        return given().auth().none();
    }
}
