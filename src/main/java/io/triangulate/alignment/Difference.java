package io.triangulate.alignment;

import java.util.Map;

/**
 * One conflict between the reports that carry a fact: its kind, the words each report uses (by
 * report id) and a sentence for a person.
 */
public record Difference(DifferenceKind kind, Map<Long, String> values, String explanation) {
}
