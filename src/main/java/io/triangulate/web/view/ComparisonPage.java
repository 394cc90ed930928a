package io.triangulate.web.view;

import io.triangulate.alignment.Highlights;
import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.alignment.Verdict;
import io.triangulate.export.CoverageChart;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison page of an event: one column per source, one row per fact in reading order (only
 * the rows the filter lets through), the counts by verdict, and the pictures drawn from all facts.
 */
public record ComparisonPage(Event event, List<Report> sources, List<FactRow> rows, int factCount,
        List<VerdictCount> verdicts, ComparisonFilter filter, CoverageChart coverage, AgreementMatrix matrix,
        Map<Long, Long> claimCounts) {

    public record VerdictCount(Verdict verdict, int count) {
    }

    /** A fact as a row of the table. */
    public record FactRow(long id, int number, Verdict verdict, List<Cell> cells, List<DifferenceLine> differences,
            double score, ReviewStatus review, String reviewedBy) {

        public boolean reviewed() {
            return review != ReviewStatus.AUTO;
        }

        public String verdictName() {
            return verdict.name();
        }
    }

    /** What one source says about a fact; no claims means the source leaves the fact out. */
    public record Cell(Report source, List<CellClaim> claims, boolean differs) {

        public boolean missing() {
            return claims.isEmpty();
        }
    }

    public record CellClaim(ClaimRow claim, List<Highlights.Run> runs) {
    }

    /** A difference as a line of text: its kind, the words per source, the explanation. */
    public record DifferenceLine(String kind, List<SourceWords> words, String explanation) {
    }

    public record SourceWords(String source, String words) {
    }

    public static ComparisonPage of(StoredComparison comparison, ComparisonFilter filter) {
        List<Report> sources = comparison.reports();
        Map<Long, Report> byId = sources.stream().collect(Collectors.toMap(r -> r.id, r -> r));
        List<FactRow> rows = new ArrayList<>();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int number = 0;
        for (Fact fact : comparison.facts()) {
            number++;
            counts.merge(fact.effectiveVerdict(), 1, Integer::sum);
            List<ClaimRow> claims = claimsOf(fact, comparison.claims());
            if (matches(filter, fact, claims)) {
                rows.add(row(fact, number, claims, sources, byId));
            }
        }
        List<VerdictCount> verdicts = counts.entrySet().stream()
                .map(e -> new VerdictCount(e.getKey(), e.getValue())).toList();
        return new ComparisonPage(comparison.event(), sources, rows, comparison.facts().size(), verdicts, filter,
                coverage(comparison), AgreementMatrix.of(comparison), comparison.claims().values().stream()
                        .collect(Collectors.groupingBy(ClaimRow::reportId, Collectors.counting())));
    }

    /** The coverage chart of all facts, as the exported report draws it. */
    static CoverageChart coverage(StoredComparison comparison) {
        List<CoverageChart.Source> sources = comparison.reports().stream()
                .map(r -> new CoverageChart.Source(r.id, r.source)).toList();
        List<CoverageChart.FactShape> facts = comparison.facts().stream().map(f -> new CoverageChart.FactShape(
                claimsOf(f, comparison.claims()).stream().map(ClaimRow::reportId).collect(Collectors.toSet()),
                f.missingFrom, differing(f))).toList();
        return CoverageChart.of(sources, facts);
    }

    public long claimCount(Report source) {
        return claimCounts.getOrDefault(source.id, 0L);
    }

    public int claimCount() {
        return claimCounts.values().stream().mapToInt(Long::intValue).sum();
    }

    /** The kinds of difference the filter offers. */
    public List<DifferenceKind> kinds() {
        return List.of(DifferenceKind.values());
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    static List<ClaimRow> claimsOf(Fact fact, Map<Long, ClaimRow> claims) {
        return fact.claimIds.stream().map(claims::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(ClaimRow::reportId).thenComparingInt(ClaimRow::index)).toList();
    }

    /** The report ids whose words differ from another report's in at least one difference of the fact. */
    static Set<Long> differing(Fact fact) {
        return fact.differences.stream().flatMap(d -> d.values().keySet().stream()).collect(Collectors.toSet());
    }

    private static boolean matches(ComparisonFilter filter, Fact fact, List<ClaimRow> claims) {
        if (filter.verdict() != null && fact.effectiveVerdict() != filter.verdict()) {
            return false;
        }
        if (filter.source() != null && claims.stream().noneMatch(c -> c.reportId().equals(filter.source()))) {
            return false;
        }
        if (filter.kind() != null && fact.differences.stream().noneMatch(d -> d.kind() == filter.kind())) {
            return false;
        }
        if (!filter.query().isEmpty()) {
            String query = filter.query().toLowerCase(Locale.ROOT);
            return claims.stream().anyMatch(c -> c.text().toLowerCase(Locale.ROOT).contains(query));
        }
        return true;
    }

    private static FactRow row(Fact fact, int number, List<ClaimRow> claims, List<Report> sources,
            Map<Long, Report> byId) {
        Set<Long> differing = differing(fact);
        List<Cell> cells = new ArrayList<>();
        for (Report source : sources) {
            List<String> words = wordsOf(fact, source.id);
            List<CellClaim> own = claims.stream().filter(c -> c.reportId().equals(source.id))
                    .map(c -> new CellClaim(c, Highlights.of(c.text(), words))).toList();
            cells.add(new Cell(source, own, !own.isEmpty() && differing.contains(source.id)));
        }
        return new FactRow(fact.id, number, fact.effectiveVerdict(), cells, lines(fact.differences, byId), fact.score,
                fact.reviewStatus, fact.reviewedBy);
    }

    static List<String> wordsOf(Fact fact, Long reportId) {
        return fact.differences.stream().map(d -> d.values().get(reportId)).filter(Objects::nonNull).toList();
    }

    static List<DifferenceLine> lines(List<Difference> differences, Map<Long, Report> byId) {
        return differences.stream().map(d -> new DifferenceLine(d.kind().name(),
                d.values().entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                        .map(e -> new SourceWords(byId.get(e.getKey()).source, e.getValue())).toList(),
                d.explanation())).toList();
    }
}
