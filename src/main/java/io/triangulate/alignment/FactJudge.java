package io.triangulate.alignment;

import java.util.List;

/**
 * Decides whether the claims of one fact, from two or more reports, state it the same way.
 * Paraphrase is agreement; a changed number, date, name, place, a negation, a hedge, another
 * attribution, quantifier or time frame is a difference. Pure.
 */
public interface FactJudge {

    /** @return the conflicts between the reports' claims; empty when they agree */
    List<Difference> judge(List<ClaimInput> claims);
}
