/**
 * Extraction: cuts a report's normalised text into claims, the units the alignment compares.
 *
 * <p>Contract ({@link io.triangulate.claims.ClaimExtractor}): claims come in reading order, each
 * {@code text} equals {@code reportText.substring(start, end)}, starts and ends on a non-space
 * character and never ends in a joining "," or ";". Headings, section labels, bylines, datelines
 * and boilerplate are never claims; a label or dateline in front of a sentence is cut off and the
 * rest kept.
 *
 * <p>Assumptions: the text comes from {@link io.triangulate.report.parsing.TextNormalizer} (one
 * paragraph per line); a sentence is one claim unless it joins independent clauses with ";" or
 * ", and/but" + a new subject and verb; pieces under four words are dropped as fragments.
 * {@link io.triangulate.claims.ClaimKind} is decided by surface cues only (see
 * {@code ClaimKindClassifier}).
 *
 * <p>Pure stage: no CDI, no persistence, no logging. The {@code ClaimService} owns I/O.
 */
package io.triangulate.claims;
