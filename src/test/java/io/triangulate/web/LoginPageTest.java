package io.triangulate.web;

import static io.triangulate.web.Accounts.anonymous;
import static io.triangulate.web.Accounts.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in and out in a browser: the login page, the session cookie, the way back. */
@QuarkusTest
class LoginPageTest {

    static final String SESSION = "triangulate-session";

    @Test
    void aPageWithoutASessionSendsTheBrowserToTheLoginPage() {
        anonymous().redirects().follow(false).get("/events/new").then().statusCode(303)
                .header("Location", endsWith("/login"))
                .cookie("quarkus-redirect-location", endsWith("/events/new"));
    }

    @Test
    void aPanelWithoutASessionSendsItsWholePageToTheLoginPageAndBackAfterIt() {
        String page = RestAssured.baseURI + ":" + RestAssured.port + "/events/1";
        anonymous().header("HX-Request", "true").header("HX-Current-URL", page).redirects().follow(false)
                .get("/events/new").then().statusCode(401)
                .header("HX-Redirect", "/login")
                .cookie("quarkus-redirect-location", page);
    }

    @Test
    void aPanelNamingAnotherSitesPageIsNotSentBackThere() {
        Map<String, String> cookies = anonymous().header("HX-Request", "true")
                .header("HX-Current-URL", "https://elsewhere.example/phish").redirects().follow(false)
                .get("/events/new").then().statusCode(401).header("HX-Redirect", "/login").extract().cookies();
        assertThat(cookies).doesNotContainKey("quarkus-redirect-location");
    }

    @Test
    void theLoginPageAsksForUserNameAndPassword() {
        anonymous().get("/login").then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""), containsString("name=\"j_password\""));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteStrictSessionCookie() {
        Cookie session = signIn(newUser("viewer"), Accounts.PASSWORD).then().statusCode(302)
                .extract().detailedCookie(SESSION);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Strict");
    }

    @Test
    void theSessionCookieOpensThePagesAndTheHeaderNamesTheUser() {
        String vic = newUser("viewer");
        String session = signIn(vic, Accounts.PASSWORD).cookie(SESSION);
        anonymous().cookie(SESSION, session).get("/").then().statusCode(200)
                .body(containsString("Signed in as <strong>" + vic + "</strong>"), containsString("action=\"/logout\""));
    }

    @Test
    void afterSigningInTheBrowserGoesBackWhereItWasGoing() {
        String back = anonymous().redirects().follow(false).get("/events/new").cookie("quarkus-redirect-location");
        anonymous().cookie("quarkus-redirect-location", back).redirects().follow(false)
                .formParam("j_username", newUser("editor")).formParam("j_password", Accounts.PASSWORD)
                .post("/j_security_check").then().statusCode(302).header("Location", equalTo(back));
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAnError() {
        signIn(newUser("viewer"), "not-the-password").then().statusCode(303)
                .header("Location", endsWith("/login?error=true"));
        anonymous().get("/login?error=true").then().body(containsString("Wrong user name or password"));
    }

    @Test
    void afterFiveFailuresSignInIsRefusedEvenWithTheRightPasswordAndSaysWhy() {
        String vic = newUser("viewer");
        for (int i = 0; i < 5; i++) {
            signIn(vic, "not-the-password").then().header("Location", endsWith("/login?error=true"));
        }
        signIn(vic, Accounts.PASSWORD).then().statusCode(303).header("Location", endsWith("/login?error=throttled"));
        Accounts.as(vic).get("/api/events").then().statusCode(429)
                .body("error", equalTo("TOO_MANY_ATTEMPTS"), "message", containsString("try again"));
        anonymous().get("/login?error=throttled").then().body(containsString("Too many failed sign-ins"));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        anonymous().header("Origin", "https://attacker.example").redirects().follow(false)
                .formParam("j_username", "admin").formParam("j_password", SignedInAsAdmin.PASSWORD)
                .post("/j_security_check").then().statusCode(403);
    }

    @Test
    void signingOutDropsTheSessionCookie() {
        String session = signIn(newUser("viewer"), Accounts.PASSWORD).cookie(SESSION);
        String token = anonymous().cookie(SESSION, session).get("/").cookie(Csrf.NAME);
        Cookie dropped = anonymous().cookie(SESSION, session).cookie(Csrf.NAME, token).formParam(Csrf.NAME, token)
                .redirects().follow(false).post("/logout").then().statusCode(303)
                .header("Location", endsWith("/login")).extract().detailedCookie(SESSION);
        assertThat(dropped.getMaxAge()).isZero();
    }

    private static Response signIn(String username, String password) {
        return anonymous().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }
}
