package io.triangulate.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.triangulate.web.Accounts;
import io.triangulate.web.Api;
import io.triangulate.web.SamplePair;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two reviewers in one session, in real browsers, with CSRF on: one decides by keyboard, the other sees it appear. */
@QuarkusTest
class ReviewBrowserTest extends BrowserTest {


    @Test
    void reviewersDecideByKeyboardAndSeeEachOthersDecisions() {
        long event = Api.newEvent("Review session in a browser");
        Api.addReport(event, "Base", SamplePair.after());
        Api.addReport(event, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));

        String rita = Accounts.newUser("reviewer");
        String sam = Accounts.newUser("reviewer");

        Page first = chromium.page(1440, 1000);
        first.navigate(base + "events/" + event);
        signIn(first, rita, ".*/events/" + event);
        first.fill("#session-title", "Friday check");
        first.click(".session-form button[type=submit]");
        first.waitForURL(Pattern.compile(".*/sessions/\\d+"));
        String session = first.url();
        assertThat(first.locator(".session-current section.fact-detail")).hasAttribute("data-verdict", "DIVERGENCE");

        Page second = chromium.page(1280, 900);
        second.navigate(session);
        signIn(second, sam, ".*/sessions/\\d+");
        assertThat(second.locator(".session-progress")).containsText("You are " + sam);
        assertThat(second.locator("#feed")).not().containsText("Review fact");

        first.keyboard().press("/");
        first.keyboard().type("five-day per the itinerary");
        first.locator(".decision textarea").press("Escape");
        first.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(1, 1));
        first.keyboard().press("c");
        first.waitForURL(Pattern.compile(".*/sessions/\\d+"));
        assertThat(first.locator(".flash")).containsText("confirmed");
        assertThat(first.locator(".session-progress")).containsText("1 of");
        Chromium.screenshot(first, "review-session");

        assertThat(second.locator("#feed")).containsText("Review fact",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(second.locator("#feed")).containsText("five-day per the itinerary");
        assertThat(second.locator("#feed")).containsText(rita);
        Chromium.screenshot(second, "review-session-second-reviewer");
        first.context().close();
        second.context().close();
    }

}
