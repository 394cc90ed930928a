package io.triangulate.review;

import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.Verdict;

/**
 * A reviewer's decision on a fact: confirm the engine's verdict, correct it (with the verdict to
 * show instead) or dispute it, with a note, made on the version of the fact the reviewer saw.
 */
public record Decision(ReviewStatus status, Verdict verdict, String note, Integer version) {

    static final int NOTE_LIMIT = 4000;

    void validate() {
        if (status == null || status == ReviewStatus.AUTO) {
            throw ReviewException.invalid("INVALID_REVIEW", "Give a status: CONFIRMED, CORRECTED or DISPUTED.");
        }
        if (version == null || version < 0) {
            throw ReviewException.invalid("INVALID_REVIEW",
                    "Give the version of the fact you reviewed (its review.version), so no decision is overwritten unseen.");
        }
        if (verdict == Verdict.UNCOMPARED) {
            throw ReviewException.invalid("INVALID_REVIEW", "A verdict override is AGREEMENT, DIVERGENCE or OMISSION.");
        }
        if (status == ReviewStatus.CORRECTED && verdict == null) {
            throw ReviewException.invalid("INVALID_REVIEW", "A correction names the verdict to show instead.");
        }
        if (note != null && note.length() > NOTE_LIMIT) {
            throw ReviewException.invalid("INVALID_REVIEW", "Keep the note under " + NOTE_LIMIT + " characters.");
        }
    }

    /** The verdict that replaces the engine's: a correction's, a dispute's if given, none on confirmation. */
    Verdict override() {
        return status == ReviewStatus.CONFIRMED ? null : verdict;
    }
}
