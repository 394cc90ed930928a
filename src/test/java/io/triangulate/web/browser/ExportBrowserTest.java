package io.triangulate.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.triangulate.web.Accounts;
import io.triangulate.web.Api;
import io.triangulate.web.SamplePair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A viewer opens the event's Export menu and downloads the comparison as CSV, named after the event. */
@QuarkusTest
class ExportBrowserTest extends BrowserTest {


    @Test
    void viewerDownloadsTheComparisonFromTheExportMenu() throws IOException {
        long event = Api.newEvent("Export in a browser");
        Api.addReport(event, "Base", SamplePair.after());
        Api.addReport(event, "Variant", SamplePair.after().replace("five-day journey", "three-day journey"));

        Page page = chromium.page(1280, 900);
        page.navigate(base + "events/" + event);
        signIn(page, Accounts.newUser("viewer"), ".*/events/" + event);
        page.click(".export-menu summary");
        Chromium.screenshot(page, "export-menu");
        Download download = page.waitForDownload(() -> page.click("[data-export=csv]"));

        assertThat(download.suggestedFilename()).matches("export-in-a-browser-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).contains("verdict,sources present,missing from").contains("three-day journey");
        page.context().close();
    }
}
