package io.triangulate.alignment;

/** How two reports' wordings of one fact conflict. */
public enum DifferenceKind {
    NUMBER, DATE, ENTITY, NEGATION, HEDGE, ATTRIBUTION, QUANTIFIER, TIMEFRAME, OTHER
}
