package io.triangulate.alignment;

/** Where a fact stands with the reviewers: as the engine left it, or as a person decided. */
public enum ReviewStatus {
    AUTO, CONFIRMED, CORRECTED, DISPUTED
}
