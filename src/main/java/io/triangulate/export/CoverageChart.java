package io.triangulate.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The coverage chart, on the event page and in the exported report alike: per source one stacked
 * bar of the facts it states in agreement, states differently and leaves out, drawn in SVG user
 * units. Pure.
 */
public record CoverageChart(List<Bar> bars, int height, String summary) {

    static final double LEFT = 180;
    static final double WIDTH = 400;
    static final int ROW_HEIGHT = 28;

    /** A source as the chart names it. */
    public record Source(long id, String name) {
    }

    /** What the chart needs of a fact: who states it, who leaves it out, whose words differ. */
    public record FactShape(Collection<Long> carriers, Collection<Long> missingFrom, Collection<Long> differing) {
    }

    public record Bar(String label, String summary, int y, int textY, String statedW, String contradictedX,
            String contradictedW, String missingX, String missingW) {
    }

    public static CoverageChart of(List<Source> sources, List<FactShape> facts) {
        int total = facts.size();
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Source source : sources) {
            int stated = 0;
            int contradicted = 0;
            int missing = 0;
            for (FactShape fact : facts) {
                if (fact.missingFrom().contains(source.id())) {
                    missing++;
                } else if (fact.carriers().contains(source.id())) {
                    boolean differs = fact.differing().contains(source.id());
                    contradicted += differs ? 1 : 0;
                    stated += differs ? 0 : 1;
                }
            }
            bars.add(bar(source, y, total, stated, contradicted, missing));
            y += ROW_HEIGHT;
        }
        String summary = bars.stream().map(Bar::summary).collect(Collectors.joining("; ")) + ".";
        return new CoverageChart(bars, Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT), summary);
    }

    static CoverageChart of(ExportTable table) {
        return of(table.sources().stream().map(s -> new Source(s.id(), s.source())).toList(),
                table.rows().stream().map(r -> new FactShape(r.carriers(), r.missingFrom(), r.differences().stream()
                        .flatMap(d -> d.values().keySet().stream()).collect(Collectors.toSet()))).toList());
    }

    private static Bar bar(Source source, int y, int total, int stated, int contradicted, int missing) {
        double s = share(stated, total);
        double c = share(contradicted, total);
        String name = source.name();
        String label = name.length() > 26 ? name.substring(0, 25) + "…" : name;
        String summary = name + ": " + stated + " stated in agreement, " + contradicted + " stated differently, "
                + missing + " left out";
        return new Bar(label, summary, y, y + 14, format(s), format(LEFT + s), format(c), format(LEFT + s + c),
                format(share(missing, total)));
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : WIDTH * count / total;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
