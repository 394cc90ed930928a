package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;

/**
 * One conflict between two claims, before it becomes a {@code Difference}: the words of each
 * side and what the reports disagree about, phrased to follow "The reports give different ..."
 * style sentences ({@code "numbers for the journey"}).
 */
record Conflict(DifferenceKind kind, String left, String right, String about) {
}
