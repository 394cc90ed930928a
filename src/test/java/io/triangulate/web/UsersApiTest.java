package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's accounts API. */
@QuarkusTest
class UsersApiTest {

    @Test
    void anAdminCreatesAnAccountThatCanThenSignIn() {
        create("rita-api", "rita-Pass-1", List.of("reviewer")).statusCode(201)
                .body("id", notNullValue(), "username", equalTo("rita-api"), "roles", contains("reviewer"));
        given().auth().preemptive().basic("rita-api", "rita-Pass-1").get("/api/events").then().statusCode(200);
    }

    @Test
    void aSecondAccountWithTheSameNameIsADuplicate() {
        create("dup-api", "dup-Pass-123", List.of("viewer")).statusCode(201);
        create("DUP-api", "dup-Pass-123", List.of("viewer")).statusCode(409).body("error", equalTo("DUPLICATE_USER"));
    }

    @Test
    void aPasswordUnderTenCharactersIsRefused() {
        create("weak-api", "short-1", List.of("viewer")).statusCode(400).body("error", equalTo("INVALID_USER"));
    }

    @Test
    void anUnknownRoleIsRefused() {
        create("odd-role", "a-Good-Password-1", List.of("owner")).statusCode(400).body("error", equalTo("INVALID_USER"));
    }

    @Test
    void anAccountNeedsARole() {
        create("no-role", "a-Good-Password-1", List.of()).statusCode(400).body("error", equalTo("INVALID_USER"));
    }

    @Test
    void aBlankOrOddUserNameIsRefused() {
        create(" ", "a-Good-Password-1", List.of("viewer")).statusCode(400).body("error", equalTo("INVALID_USER"));
        create("rita smith", "a-Good-Password-1", List.of("viewer")).statusCode(400);
        create("<rita>", "a-Good-Password-1", List.of("viewer")).statusCode(400);
    }

    @Test
    void malformedJsonIsAnInvalidUser() {
        given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/users").then().statusCode(400)
                .body("error", equalTo("INVALID_USER"));
    }

    @Test
    void theListNamesAccountsButNeverTheirPasswords() {
        create("listed-api", "listed-Pass-1", List.of("editor")).statusCode(201);
        String body = given().get("/api/users").then().statusCode(200)
                .body("username", hasItem("listed-api"), "username", hasItem("admin"))
                .extract().asString();
        given().get("/api/users").then().body("[0]", not(hasKey("password")))
                .body("[0]", not(hasKey("passwordHash")));
        assertThat(body).doesNotContain("listed-Pass-1").doesNotContain("$2");
    }

    private static ValidatableResponse create(String username, String password, List<String> roles) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", roles))
                .post("/api/users").then();
    }
}
