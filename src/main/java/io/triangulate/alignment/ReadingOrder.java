package io.triangulate.alignment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders facts as the story reads: the fullest report gives the backbone, and a fact it leaves
 * out is placed right after the fact that precedes it in the next fullest report that states it.
 */
final class ReadingOrder {

    /** Room between two backbone positions for the facts placed after them; reports stay far shorter. */
    private static final double STEP = 1e-4;

    private ReadingOrder() {
    }

    static List<ComparedFact> sort(List<ComparedFact> facts, List<ReportClaims> reports) {
        Map<Long, ComparedFact> factOfClaim = new HashMap<>();
        facts.forEach(f -> f.claims().forEach(c -> factOfClaim.put(c.id(), f)));
        Map<ComparedFact, Double> keys = new IdentityHashMap<>(); // a record's hash would walk all its claims
        List<ReportClaims> fullestFirst = reports.stream()
                .sorted(Comparator.comparingInt((ReportClaims r) -> -r.claims().size())
                        .thenComparingLong(ReportClaims::reportId))
                .toList();
        for (ReportClaims report : fullestFirst) {
            double previous = -1;
            for (ClaimInput claim : report.claims()) {
                ComparedFact fact = factOfClaim.get(claim.id());
                Double key = keys.get(fact);
                if (key == null) {
                    key = report == fullestFirst.get(0) ? claim.index() : previous + STEP * (claim.index() + 1);
                    keys.put(fact, key);
                }
                previous = key;
            }
        }
        return facts.stream().sorted(Comparator.comparingDouble((ComparedFact f) -> keys.getOrDefault(f, 0.0))
                .thenComparingLong(f -> f.claims().get(0).id())).toList();
    }
}
