/**
 * Annotation: what the comparison looks at in a claim, one annotator per concern, combined by
 * {@link io.triangulate.claims.annotation.ClaimAnnotator} into a
 * {@link io.triangulate.claims.ClaimAnnotations}.
 *
 * <p>Contract: every offset is relative to the claim text; every {@code text} field equals
 * {@code claim.substring(start, end)}; lemmas and keys are lower case; dates are ISO at the
 * precision the words give and null when they cannot be resolved (no publication date).
 *
 * <p>Assumptions: English; tokens and tags come from
 * {@link io.triangulate.report.parsing.TokenTagger} (Universal Dependencies tags, which carry no
 * tense, hence the word-versus-lemma test in {@code TenseAnnotator}). The cue lists are short and
 * closed on purpose: each is easy to read and to extend, and a missed cue only weakens a match.
 *
 * <p>Pure and thread-safe: no CDI, no persistence, no logging.
 */
package io.triangulate.claims.annotation;
