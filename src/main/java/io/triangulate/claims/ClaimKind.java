package io.triangulate.claims;

/** What a claim is: a reported fact, a direct quotation, or the writer's own judgement. */
public enum ClaimKind {
    FACT, QUOTE, OPINION
}
