package io.triangulate.web.api;

import java.util.List;

/** The body of {@code POST /api/compare}. */
public record NewComparisonJson(List<Text> reports) {

    public record Text(String source, String text) {
    }
}
