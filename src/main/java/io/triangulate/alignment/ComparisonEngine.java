package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole comparison of an event's reports, pure: align the claims into facts, judge each fact
 * carried by two or more reports, name the reports that leave it out, and order the facts as the
 * story reads ({@link ReadingOrder}).
 */
public final class ComparisonEngine {

    private final Aligner aligner;
    private final FactJudge judge;

    public ComparisonEngine(Aligner aligner, FactJudge judge) {
        this.aligner = aligner;
        this.judge = judge;
    }

    public List<ComparedFact> compare(List<ReportClaims> reports) {
        return compare(reports, List.of());
    }

    /** Compares with the claim sets people fixed kept as they are ({@link PinnedGroups}). */
    public List<ComparedFact> compare(List<ReportClaims> reports, List<Set<Long>> pinned) {
        List<Long> reportIds = reports.stream().map(ReportClaims::reportId).sorted().toList();
        List<ComparedFact> facts = new ArrayList<>();
        for (AlignedGroup group : PinnedGroups.honour(aligner.align(reports), pinned)) {
            facts.add(verdictOf(group, reportIds));
        }
        return ReadingOrder.sort(facts, reports);
    }

    private ComparedFact verdictOf(AlignedGroup group, List<Long> reportIds) {
        Set<Long> present = new TreeSet<>();
        group.claims().forEach(c -> present.add(c.reportId()));
        List<Long> missing = reportIds.stream().filter(id -> !present.contains(id)).toList();
        if (reportIds.size() < 2) {
            return new ComparedFact(group.claims(), Verdict.UNCOMPARED, missing, List.of(), group.score());
        }
        List<Difference> differences = present.size() >= 2 ? judge.judge(group.claims()) : List.of();
        Verdict verdict = !differences.isEmpty() ? Verdict.DIVERGENCE
                : missing.isEmpty() ? Verdict.AGREEMENT : Verdict.OMISSION;
        return new ComparedFact(group.claims(), verdict, missing, differences, group.score());
    }
}
