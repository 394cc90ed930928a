package io.triangulate.web;

import static io.restassured.RestAssured.given;
import static io.triangulate.web.Accounts.as;
import static io.triangulate.web.Accounts.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The admin page of accounts: Post/Redirect/Get with a flash, CSRF on every form. */
@QuarkusTest
class AccountsPageTest {

    @Test
    void theAdminPageListsTheAccounts() {
        String ed = newUser("editor");
        given().get("/admin/users").then().statusCode(200)
                .body(containsString("data-username=\"" + ed + "\""), containsString("data-username=\"admin\""));
    }

    @Test
    void creatingAnAccountWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("username", "no-token").formParam("password", "a-Good-Password-1")
                .formParam("roles", "viewer").post("/admin/users").then().statusCode(400);
        given().get("/api/users").then().body(not(containsString("no-token")));
    }

    @Test
    void anAdminCreatesAnAccountFromThePage() {
        form().formParam("username", "page-made").formParam("password", "a-Good-Password-1")
                .formParam("roles", "reviewer").post("/admin/users").then().statusCode(303)
                .header("Location", endsWith("/admin/users")).cookie("flash", containsString("page-made"));
    }

    @Test
    void aWeakPasswordShowsTheFormAgainWithTheReason() {
        form().formParam("username", "weak-page").formParam("password", "short").formParam("roles", "viewer")
                .post("/admin/users").then().statusCode(400).body(containsString("at least 10 characters"),
                        containsString("value=\"weak-page\""));
    }

    @Test
    void theLastAdminCannotBeDeletedFromThePage() {
        var users = given().get("/api/users").jsonPath();
        assumeTrue(users.getList("findAll { it.roles.contains('admin') }").size() == 1,
                "another test left a second admin, so deleting this one would be allowed");
        long admin = users.getLong("find { it.username == 'admin' }.id");
        form().post("/admin/users/" + admin + "/deletion").then().statusCode(303)
                .cookie("flash", containsString("last+admin"));
        given().get("/api/users").then().statusCode(200).body(containsString("\"admin\""));
    }

    @Test
    void anEditorCannotOpenTheAdminPage() {
        as(newUser("editor")).get("/admin/users").then().statusCode(403);
    }

    private static RequestSpecification form() {
        String token = Csrf.token();
        return given().cookie(Csrf.NAME, token).formParam(Csrf.NAME, token).redirects().follow(false);
    }
}
