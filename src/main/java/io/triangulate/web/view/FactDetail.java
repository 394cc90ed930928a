package io.triangulate.web.view;

import io.triangulate.alignment.Highlights;
import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.Verdict;
import io.triangulate.audit.AuditEntry;
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
        List<ComparisonPage.DifferenceLine> differences, List<Report> missingFrom, List<AuditEntry> history,
        List<FactOption> others, String back) {

    /** Another fact of the event, as a choice for a merge or a move. */
    public record FactOption(long id, int number, String label) {
    }

    /** The same detail with its audit trail, the facts it could merge with, and where its forms return to. */
    public FactDetail with(List<AuditEntry> history, String back) {
        return new FactDetail(event, fact, number, claims, differences, missingFrom, history, others, back);
    }

    public boolean reviewed() {
        return fact.reviewStatus != io.triangulate.alignment.ReviewStatus.AUTO;
    }

    public Verdict verdict() {
        return fact.effectiveVerdict();
    }

    /** Claims can be split out of a fact holding two or more. */
    public boolean splittable() {
        return claims.size() > 1;
    }

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
                        ComparisonPage.lines(fact.differences, byId), missing, List.of(), options(comparison, fact),
                        comparison.event() == null ? "/" : "/events/" + comparison.event().id + "#fact-" + fact.id));
            }
        }
        return Optional.empty();
    }

    private static List<FactOption> options(StoredComparison comparison, Fact self) {
        List<FactOption> options = new java.util.ArrayList<>();
        List<Fact> facts = comparison.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact other = facts.get(i);
            if (!other.id.equals(self.id)) {
                String text = ComparisonPage.claimsOf(other, comparison.claims()).stream().findFirst()
                        .map(c -> c.text()).orElse("");
                options.add(new FactOption(other.id, i + 1, text.length() > 70 ? text.substring(0, 69) + "…" : text));
            }
        }
        return options;
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
