package io.triangulate.web.api;

/** The body of every error of the JSON API. */
public record ErrorJson(String error, String message) {
}
