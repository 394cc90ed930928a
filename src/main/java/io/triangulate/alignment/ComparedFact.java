package io.triangulate.alignment;

import java.util.List;

/** A fact of the comparison: its claims, the reports that leave it out, how they conflict, the verdict. */
public record ComparedFact(List<ClaimInput> claims, Verdict verdict, List<Long> missingFrom,
        List<Difference> differences, double score) {
}
