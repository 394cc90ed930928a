package io.triangulate.export;

import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.export.ExportTable.ClaimText;
import io.triangulate.export.ExportTable.EventInfo;
import io.triangulate.export.ExportTable.Review;
import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads a stored comparison into the neutral table, in the comparison's reading order. */
final class ExportTables {

    private ExportTables() {
    }

    static ExportTable of(StoredComparison comparison) {
        Event event = comparison.event();
        Map<Long, Long> claimCounts = comparison.claims().values().stream()
                .collect(Collectors.groupingBy(ClaimRow::reportId, Collectors.counting()));
        List<Source> sources = comparison.reports().stream().map(r -> new Source(r.id, r.source, r.title, r.url,
                r.author, r.publishedAt, claimCounts.getOrDefault(r.id, 0L).intValue())).toList();
        Map<Long, String> texts = comparison.reports().stream().collect(Collectors.toMap(r -> r.id, (Report r) -> r.text));
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Fact fact : comparison.facts()) {
            List<ClaimText> claims = fact.claimIds.stream().map(comparison.claims()::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(ClaimRow::reportId).thenComparingInt(ClaimRow::index))
                    .map(c -> claimText(c, texts.get(c.reportId()))).toList();
            rows.add(new Row(fact.id, ++number, fact.effectiveVerdict(), fact.verdict, fact.score, claims,
                    List.copyOf(fact.missingFrom), List.copyOf(fact.differences), review(fact)));
        }
        return new ExportTable(new EventInfo(event.id, event.title, event.description, event.createdAt), sources,
                rows);
    }

    private static Review review(Fact fact) {
        return new Review(fact.reviewStatus, fact.reviewVersion, fact.reviewVerdict, fact.reviewNote, fact.reviewedBy,
                fact.reviewedAt, fact.crossCheck, fact.crossCheckedBy, fact.pinned);
    }

    private static ClaimText claimText(ClaimRow claim, String reportText) {
        return new ClaimText(claim.id(), claim.reportId(), claim.index(), claim.text(),
                reportText.codePointCount(0, claim.start()), reportText.codePointCount(0, claim.end()));
    }
}
