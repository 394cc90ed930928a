package io.triangulate.web.view;

import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fact in full: its verdict and score, the differences explained, and each claim inside the
 * paragraph it stands in, with the sources that leave the fact out.
 */
public record FactDetail(Event event, Fact fact, int number, List<InContext> claims,
        List<ComparisonPage.DifferenceLine> differences, List<Report> missingFrom) {

    /** A claim with the text before and after it in its paragraph; the claim's differing words marked. */
    public record InContext(Report source, ClaimRow claim, String before, List<Highlights.Run> runs, String after) {
    }

    public static Optional<FactDetail> of(StoredComparison comparison, long factId) {
        List<Fact> facts = comparison.facts();
        Map<Long, Report> byId = comparison.reports().stream().collect(Collectors.toMap(r -> r.id, r -> r));
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact.id == factId) {
                List<InContext> claims = ComparisonPage.claimsOf(fact, comparison.claims()).stream()
                        .filter(c -> byId.containsKey(c.reportId()))
                        .map(c -> inContext(byId.get(c.reportId()), c, ComparisonPage.wordsOf(fact, c.reportId())))
                        .toList();
                List<Report> missing = fact.missingFrom.stream().map(byId::get).filter(r -> r != null).toList();
                return Optional.of(new FactDetail(comparison.event(), fact, i + 1, claims,
                        ComparisonPage.lines(fact.differences, byId), missing));
            }
        }
        return Optional.empty();
    }

    public String scorePercent() {
        return Math.round(fact.score * 100) + "%";
    }

    private static InContext inContext(Report source, ClaimRow claim, List<String> words) {
        String text = source.text;
        int start = Math.max(0, Math.min(claim.start(), text.length()));
        int end = Math.max(start, Math.min(claim.end(), text.length()));
        int paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
        int paragraphEnd = text.indexOf('\n', end);
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        return new InContext(source, claim, text.substring(paragraphStart, start),
                Highlights.of(text.substring(start, end), words), text.substring(end, paragraphEnd));
    }
}
