package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.FactJudge;
import java.util.List;

/** Stand-in until the real judge is merged: every fact agrees. */
final class NoDifferenceJudge implements FactJudge {

    @Override
    public List<Difference> judge(List<ClaimInput> claims) {
        return List.of();
    }
}
