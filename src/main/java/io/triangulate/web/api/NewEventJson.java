package io.triangulate.web.api;

/** The body of {@code POST /api/events}. */
public record NewEventJson(String title, String description) {
}
