package io.triangulate.export;

import io.triangulate.alignment.Verdict;
import io.triangulate.export.ExportTable.Review;
import io.triangulate.export.ExportTable.Source;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words the readable exports (Markdown, HTML, PDF) use for verdicts, reviews and sources. */
final class ReportText {

    private ReportText() {
    }

    static String label(Verdict verdict) {
        return switch (verdict) {
            case AGREEMENT -> "Agreement";
            case DIVERGENCE -> "Divergence";
            case OMISSION -> "Omission";
            case UNCOMPARED -> "Not compared";
        };
    }

    static String date(Instant instant) {
        return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** ", “Title”, by Author, published 2025-10-30, https://…" with the parts a source has. */
    static String metadata(Source source) {
        List<String> parts = new ArrayList<>();
        if (source.title() != null && !source.title().isBlank()) {
            parts.add("“" + source.title().strip() + "”");
        }
        if (source.author() != null && !source.author().isBlank()) {
            parts.add("by " + source.author().strip());
        }
        if (source.publishedAt() != null) {
            parts.add("published " + date(source.publishedAt()));
        }
        if (source.url() != null && !source.url().isBlank()) {
            parts.add(source.url().strip());
        }
        return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    }

    /** "Confirmed by rita on 2025-10-30: the note", or "Not reviewed". */
    static String review(Review review) {
        if (!review.decided()) {
            return "Not reviewed";
        }
        String status = review.status().name().charAt(0) + review.status().name().substring(1).toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(status);
        if (review.verdict() != null) {
            text.append(" as ").append(label(review.verdict()).toLowerCase(Locale.ROOT));
        }
        if (review.by() != null) {
            text.append(" by ").append(review.by());
        }
        if (review.at() != null) {
            text.append(" on ").append(date(review.at()));
        }
        if (review.note() != null && !review.note().isBlank()) {
            text.append(": ").append(review.note().strip());
        }
        return text.toString();
    }
}
