package io.triangulate.web.view;

import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Per source, how many of the event's facts it states in agreement, states differently from another
 * source, and leaves out; drawn as one stacked bar per source in an inline SVG.
 */
public record Coverage(List<Bar> bars, int factCount) {

    /** Where the bars start and how wide they may be, in the SVG's user units. */
    static final double LEFT = 180;
    static final double WIDTH = 400;
    public static final int ROW_HEIGHT = 28;

    public record Bar(Report source, int stated, int contradicted, int missing, int y, double statedWidth,
            double contradictedWidth, double missingWidth) {

        public String contradictedX() {
            return format(LEFT + statedWidth);
        }

        public String missingX() {
            return format(LEFT + statedWidth + contradictedWidth);
        }

        public String statedW() {
            return format(statedWidth);
        }

        public String contradictedW() {
            return format(contradictedWidth);
        }

        public String missingW() {
            return format(missingWidth);
        }

        public int textY() {
            return y + 14;
        }

        public String label() {
            String source = source().source;
            return source.length() > 26 ? source.substring(0, 25) + "…" : source;
        }

        public String summary() {
            return source().source + ": " + stated + " stated in agreement, " + contradicted + " stated differently, "
                    + missing + " left out";
        }
    }

    public static Coverage of(StoredComparison comparison) {
        int total = comparison.facts().size();
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Report source : comparison.reports()) {
            int stated = 0;
            int contradicted = 0;
            int missing = 0;
            for (Fact fact : comparison.facts()) {
                Set<Long> carriers = ComparisonPage.claimsOf(fact, comparison.claims()).stream()
                        .map(ClaimRow::reportId).collect(Collectors.toSet());
                if (!carriers.contains(source.id)) {
                    missing += fact.missingFrom.contains(source.id) ? 1 : 0;
                } else if (ComparisonPage.differing(fact).contains(source.id)) {
                    contradicted++;
                } else {
                    stated++;
                }
            }
            bars.add(new Bar(source, stated, contradicted, missing, y, share(stated, total), share(contradicted, total),
                    share(missing, total)));
            y += ROW_HEIGHT;
        }
        return new Coverage(bars, total);
    }

    public int height() {
        return Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT);
    }

    public String describe() {
        return bars.stream().map(Bar::summary).collect(Collectors.joining("; ")) + ".";
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : WIDTH * count / total;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
