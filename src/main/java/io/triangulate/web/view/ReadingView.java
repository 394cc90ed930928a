package io.triangulate.web.view;

import io.triangulate.alignment.Fact;
import io.triangulate.alignment.Verdict;
import io.triangulate.claims.Claim;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's text cut into paragraphs of segments, each segment either plain text or one claim,
 * so the page can mark every claim where it stands, coloured by the verdict of its fact.
 */
public record ReadingView(Report report, List<Paragraph> paragraphs, int claimCount) {

    /** The fact a claim belongs to: where its row is and how it was judged. */
    public record FactRef(long id, int number, Verdict verdict) {
    }

    public record Paragraph(List<Segment> segments) {

        /** Headings, labels and bylines hold no claim; the page shows them quieter. */
        public boolean holdsClaims() {
            return segments.stream().anyMatch(s -> s.claim() != null);
        }
    }

    /** A run of text; {@code claim} is null between claims, {@code fact} when the claim is in no fact. */
    public record Segment(String text, Claim claim, FactRef fact) {
    }

    /** Which fact each claim belongs to, from the event's facts in reading order. */
    public static Map<Long, FactRef> factsByClaim(List<Fact> facts) {
        Map<Long, FactRef> byClaim = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            FactRef ref = new FactRef(fact.id, i + 1, fact.effectiveVerdict());
            fact.claimIds.forEach(id -> byClaim.put(id, ref));
        }
        return byClaim;
    }

    public static ReadingView of(Report report, List<Claim> claims) {
        return of(report, claims, Map.of());
    }

    public static ReadingView of(Report report, List<Claim> claims, Map<Long, FactRef> facts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String line : report.text.split("\n", -1)) {
            int end = offset + line.length();
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(segments(report.text, offset, end, claims, facts)));
            }
            offset = end + 1;
        }
        return new ReadingView(report, paragraphs, claims.size());
    }

    private static List<Segment> segments(String text, int from, int to, List<Claim> claims,
            Map<Long, FactRef> facts) {
        List<Segment> segments = new ArrayList<>();
        int cursor = from;
        for (Claim claim : claims) {
            if (claim.start < cursor || claim.end > to) {
                continue;
            }
            if (claim.start > cursor) {
                segments.add(new Segment(text.substring(cursor, claim.start), null, null));
            }
            segments.add(new Segment(text.substring(claim.start, claim.end), claim, facts.get(claim.id)));
            cursor = claim.end;
        }
        if (cursor < to) {
            segments.add(new Segment(text.substring(cursor, to), null, null));
        }
        return segments;
    }
}
