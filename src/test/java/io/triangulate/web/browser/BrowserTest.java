package io.triangulate.web.browser;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.triangulate.web.Accounts;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every browser test shares: one chromium for the class, the app's address, and signing in on
 * the real login page. Subclasses are {@code @QuarkusTest}s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    Chromium chromium;

    @BeforeAll
    void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    void stopBrowser() {
        chromium.close();
    }

    /** A browser without a session lands on the login page and comes back where it was going. */
    static void signIn(Page page, String username, String password, String back) {
        page.waitForURL(Pattern.compile(".*/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("form[action='/j_security_check'] button[type=submit]");
        page.waitForURL(Pattern.compile(back));
    }

    /** Signs in an account made with {@link Accounts#newUser}. */
    static void signIn(Page page, String username, String back) {
        signIn(page, username, Accounts.PASSWORD, back);
    }
}
