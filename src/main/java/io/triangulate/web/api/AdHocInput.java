package io.triangulate.web.api;

import io.triangulate.web.support.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Checks the texts of an ad-hoc comparison before any work is done on them. */
final class AdHocInput {

    static final int MAX_REPORTS = 50;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private AdHocInput() {
    }

    static List<NewComparisonJson.Text> validated(NewComparisonJson body) {
        if (body == null || body.reports() == null || body.reports().isEmpty()) {
            throw invalid("Give at least one report: {\"reports\": [{\"source\": \"…\", \"text\": \"…\"}]}.");
        }
        if (body.reports().size() > MAX_REPORTS) {
            throw invalid("Compare at most " + MAX_REPORTS + " texts at once.");
        }
        long total = 0;
        for (int i = 0; i < body.reports().size(); i++) {
            NewComparisonJson.Text text = body.reports().get(i);
            if (text == null || text.text() == null || text.text().isBlank()) {
                throw invalid("Report " + (i + 1) + " has no text.");
            }
            total += text.text().getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > MAX_BYTES) {
            throw new ApiException(413, "TOO_LARGE", "The texts add up to more than 5 MB: compare fewer or shorter ones.");
        }
        return body.reports();
    }

    private static ApiException invalid(String message) {
        return new ApiException(400, "INVALID_REQUEST", message);
    }
}
