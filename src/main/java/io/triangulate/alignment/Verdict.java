package io.triangulate.alignment;

/** The judgement of one fact across the reports of an event. */
public enum Verdict {
    AGREEMENT, DIVERGENCE, OMISSION, UNCOMPARED
}
