package io.triangulate.alignment;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each report's lede: its first claim, which in a news report states the event's core fact
 * (the inverted pyramid). Two reports on one event open on the same fact more often than on any
 * other, so their ledes are paired more readily. A report of one or two claims has no lede to
 * speak of: it is a single statement, a quote or a proposition, and stays as it is.
 */
final class Ledes {

    /** Fewest claims a report needs for its first claim to count as a lede. */
    static final int MIN_CLAIMS = 3;

    private Ledes() {
    }

    /** The ids of the ledes among these reports. */
    static Set<Long> of(List<ReportClaims> reports) {
        return reports.stream().filter(r -> r.claims().size() >= MIN_CLAIMS)
                .map(r -> r.claims().stream().min(Comparator.comparingInt(ClaimInput::index)).orElseThrow().id())
                .collect(Collectors.toUnmodifiableSet());
    }
}
