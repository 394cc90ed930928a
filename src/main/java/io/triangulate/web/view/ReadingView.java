package io.triangulate.web.view;

import io.triangulate.claims.Claim;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's text cut into paragraphs of segments, each segment either plain text or one claim,
 * so the page can mark every claim where it stands.
 */
public record ReadingView(Report report, List<Paragraph> paragraphs, int claimCount) {

    public record Paragraph(List<Segment> segments) {

        /** Headings, labels and bylines hold no claim; the page shows them quieter. */
        public boolean holdsClaims() {
            return segments.stream().anyMatch(s -> s.claim() != null);
        }
    }

    /** A run of text; {@code claim} is null between claims. */
    public record Segment(String text, Claim claim) {
    }

    public static ReadingView of(Report report, List<Claim> claims) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String line : report.text.split("\n", -1)) {
            int end = offset + line.length();
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(segments(report.text, offset, end, claims)));
            }
            offset = end + 1;
        }
        return new ReadingView(report, paragraphs, claims.size());
    }

    private static List<Segment> segments(String text, int from, int to, List<Claim> claims) {
        List<Segment> segments = new ArrayList<>();
        int cursor = from;
        for (Claim claim : claims) {
            if (claim.start < cursor || claim.end > to) {
                continue;
            }
            if (claim.start > cursor) {
                segments.add(new Segment(text.substring(cursor, claim.start), null));
            }
            segments.add(new Segment(text.substring(claim.start, claim.end), claim));
            cursor = claim.end;
        }
        if (cursor < to) {
            segments.add(new Segment(text.substring(cursor, to), null));
        }
        return segments;
    }
}
