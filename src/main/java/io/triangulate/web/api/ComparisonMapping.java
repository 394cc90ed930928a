package io.triangulate.web.api;

import io.triangulate.alignment.AdHocComparison;
import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.web.api.ComparisonJson.ClaimRef;
import io.triangulate.web.api.ComparisonJson.EventRef;
import io.triangulate.web.api.ComparisonJson.FactJson;
import io.triangulate.web.api.ComparisonJson.ReportRef;
import io.triangulate.web.api.ComparisonJson.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns stored and ad-hoc comparisons into the contract's JSON. */
final class ComparisonMapping {

    private ComparisonMapping() {
    }

    static ComparisonJson of(StoredComparison comparison) {
        List<ReportRef> reports = comparison.reports().stream()
                .map(r -> new ReportRef(r.id, r.source, r.title, r.publishedAt)).toList();
        Map<Long, String> texts = comparison.reports().stream().collect(Collectors.toMap(r -> r.id, r -> r.text));
        List<FactJson> facts = comparison.facts().stream().map(f -> fact(f, comparison, texts)).toList();
        return new ComparisonJson(new EventRef(comparison.event().id, comparison.event().title), reports, facts);
    }

    static ComparisonJson of(AdHocComparison.Result result, List<String> sources) {
        List<ReportRef> reports = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            reports.add(new ReportRef((long) i + 1, sources.get(i), null, null));
        }
        List<FactJson> facts = new ArrayList<>();
        long factId = 1;
        for (ComparedFact fact : result.facts()) {
            List<ClaimRef> claims = fact.claims().stream().map(c -> claimRef(c, result)).toList();
            facts.add(new FactJson(factId++, fact.verdict(), claims, fact.missingFrom(), fact.differences(),
                    fact.score(), Review.auto(), fact.verdict()));
        }
        return new ComparisonJson(new EventRef(null, null), reports, facts);
    }

    static Review review(Fact fact) {
        return new Review(fact.reviewStatus, fact.reviewVersion, fact.reviewVerdict, fact.reviewNote, fact.reviewedBy,
                fact.reviewedAt, fact.crossCheck, fact.crossCheckedBy, fact.pinned);
    }

    /** One fact of a stored comparison, as the comparison would show it. */
    static java.util.Optional<FactJson> fact(StoredComparison comparison, long factId) {
        Map<Long, String> texts = comparison.reports().stream().collect(Collectors.toMap(r -> r.id, r -> r.text));
        return comparison.facts().stream().filter(f -> f.id == factId).findFirst()
                .map(f -> fact(f, comparison, texts));
    }

    private static FactJson fact(Fact fact, StoredComparison comparison, Map<Long, String> texts) {
        List<ClaimRef> claims = fact.claimIds.stream().map(comparison.claims()::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(ClaimRow::reportId).thenComparingInt(ClaimRow::index))
                .map(c -> claimRef(c, texts.get(c.reportId()))).toList();
        return new FactJson(fact.id, fact.effectiveVerdict(), claims, fact.missingFrom, fact.differences, fact.score,
                review(fact), fact.verdict);
    }

    private static ClaimRef claimRef(ClaimRow claim, String reportText) {
        return new ClaimRef(claim.id(), claim.reportId(), claim.index(), claim.text(),
                reportText.codePointCount(0, claim.start()), reportText.codePointCount(0, claim.end()));
    }

    private static ClaimRef claimRef(ClaimInput claim, AdHocComparison.Result result) {
        var prepared = result.texts().get((int) claim.reportId() - 1);
        ExtractedClaim extracted = prepared.extracted().get(claim.index());
        String text = prepared.text();
        return new ClaimRef(claim.id(), claim.reportId(), claim.index(), claim.text(),
                text.codePointCount(0, extracted.start()), text.codePointCount(0, extracted.end()));
    }
}
