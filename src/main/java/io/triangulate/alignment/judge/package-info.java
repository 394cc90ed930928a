/**
 * Judging one fact: given the claims the aligner grouped as stating the same fact, say how the
 * reports' wordings conflict, as typed differences (number, quantifier, date, entity, negation,
 * hedge, attribution, time frame).
 *
 * <p>Contract: {@link io.triangulate.alignment.judge.RuleBasedFactJudge} compares every pair of
 * claims from different reports and returns one {@link io.triangulate.alignment.Difference} per
 * conflict, its values keyed by report id and holding the exact words of each claim. The same
 * conflict seen between several pairs is reported once, its values merged.
 *
 * <p>Assumptions: the claims were already judged to state the same fact, so a changed figure or
 * name is a conflict rather than another fact; annotations come from
 * {@link io.triangulate.claims.annotation.ClaimAnnotator} with offsets relative to the claim.
 * Paraphrase is agreement: every rule is written to stay silent when it is unsure, because a
 * false divergence costs an editor as much as a missed one.
 *
 * <p>Pure and thread-safe: no CDI, no persistence, no logging; lexicons and thresholds are
 * constants or {@link io.triangulate.alignment.judge.JudgeSettings}.
 */
package io.triangulate.alignment.judge;
