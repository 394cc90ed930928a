package io.triangulate.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.triangulate.web.Api;
import io.triangulate.web.SamplePair;
import io.triangulate.web.SignedInAsAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor at work on the sample pair, in a real browser: filter, details, the report, an upload. */
@QuarkusTest
class WorkspaceBrowserTest extends BrowserTest {

    Page page;
    long event;

    @BeforeEach
    void openSampleEvent() {
        event = Api.newEvent("Trump's Asia tour ends without a meeting with Kim Jong Un");
        Api.addReport(event, "Post-tour analysis", SamplePair.after());
        Api.addReport(event, "Pre-tour preview", SamplePair.before());
        page = chromium.page(1440, 1000);
        page.navigate(base + "events/" + event);
        signIn(page, SignedInAsAdmin.ADMIN, SignedInAsAdmin.PASSWORD, ".*/events/" + event);
        assertThat(page.locator("header.site .who")).containsText(SignedInAsAdmin.ADMIN);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void comparisonShowsBothSourcesSideBySide() {
        assertThat(page.locator("table.comparison thead")).containsText("Post-tour analysis");
        assertThat(page.locator("table.comparison thead")).containsText("Pre-tour preview");
        assertThat(page.locator("svg.coverage-chart")).isVisible();
        assertThat(page.locator("tr[data-fact-id]").count()).isGreaterThan(10);
        Chromium.screenshot(page, "comparison");
    }

    @Test
    void filteringByVerdictUpdatesTheTableAndTheAddress() {
        page.selectOption("#verdict", "OMISSION");
        page.waitForURL(Pattern.compile(".*verdict=OMISSION.*"));
        Locator rows = page.locator("tr[data-fact-id]");
        assertThat(rows.first()).hasAttribute("data-verdict", "OMISSION");
        assertThat(page.locator("tr[data-fact-id]:not([data-verdict=OMISSION])")).hasCount(0);
        assertThat(page.locator(".shown")).containsText("(filtered)");
        Chromium.screenshot(page, "filtered-omissions");
    }

    @Test
    void keyboardOpensAFactsDetailsAndItsClaimLeadsToTheReport() {
        page.keyboard().press("j");
        page.keyboard().press("j");
        Locator current = page.locator("tr.fact.current");
        assertThat(current).hasCount(1);
        String factId = current.getAttribute("data-fact-id");
        assertThat(current).isFocused();
        page.keyboard().press("Enter");
        Locator detail = page.locator("#detail section.fact-detail");
        assertThat(detail).hasAttribute("data-fact-id", factId);
        assertThat(detail.locator("figure.in-context").first()).isVisible();
        Chromium.screenshot(page, "fact-detail");

        Locator claimLink = detail.locator("figcaption a").first();
        String href = claimLink.getAttribute("href");
        claimLink.click();
        page.waitForURL(Pattern.compile(".*/reports/\\d+#claim-\\d+"));
        String claimId = href.substring(href.indexOf("#claim-") + "#claim-".length());
        Locator claim = page.locator("[data-claim-id='" + claimId + "']");
        assertThat(claim).isVisible();
        assertThat(claim).hasAttribute("href", Pattern.compile(".*#fact-" + factId));
        Chromium.screenshot(page, "report-view");

        claim.click();
        page.waitForURL(Pattern.compile(".*/events/" + event + "#fact-" + factId));
        assertThat(page.locator("#fact-" + factId)).hasClass(Pattern.compile("current"));
        assertThat(page.locator("#detail section.fact-detail")).hasAttribute("data-fact-id", factId);
    }

    @Test
    void aPanelOpenedAfterTheSessionEndedTakesThePageToTheLoginPageAndBack() {
        page.context().clearCookies();
        page.locator("a.details-link").first().click();

        signIn(page, SignedInAsAdmin.ADMIN, SignedInAsAdmin.PASSWORD, ".*/events/" + event);
        assertThat(page.locator("#detail form[action='/j_security_check']")).hasCount(0);
        assertThat(page.locator("table.comparison")).isVisible();
    }

    @Test
    void uploadingAFileAddsASourceAndItsClaimsAppear(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wire-copy.txt");
        Files.writeString(file, SamplePair.after().replace("source: Post-tour analysis", "source: Wire copy")
                .replace("five-day journey", "three-day journey"));
        page.setInputFiles("#quick-files", file);
        page.click("form.quick-import button[type=submit]");
        page.waitForURL(Pattern.compile(".*/events/" + event));
        assertThat(page.locator(".flash")).isVisible();
        assertThat(page.locator("table.comparison thead th.source-col")).hasCount(3);
        assertThat(page.locator("tr[data-fact-id] mark", new Page.LocatorOptions().setHasText("three-day")))
                .not().hasCount(0);
        Chromium.screenshot(page, "after-upload");
    }
}
