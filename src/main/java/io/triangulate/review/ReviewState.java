package io.triangulate.review;

import io.triangulate.alignment.Fact;
import java.time.Instant;
import java.util.List;

/** A fact's review and claims as the audit trail records them before and after a change. */
public record ReviewState(String status, String verdict, String engineVerdict, String note, String by, Instant at,
        String crossCheck, int version, List<Long> claimIds) {

    static ReviewState of(Fact fact) {
        return new ReviewState(fact.reviewStatus.name(), fact.reviewVerdict == null ? null : fact.reviewVerdict.name(),
                fact.verdict.name(), fact.reviewNote, fact.reviewedBy, fact.reviewedAt, fact.crossCheck,
                fact.reviewVersion, fact.claimIds.stream().sorted().toList());
    }
}
