package io.triangulate.export;

import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The coverage chart of the report, as on the event page: per source one stacked bar of the facts it
 * states in agreement, states differently and leaves out, drawn in SVG user units.
 */
public record ReportChart(List<Bar> bars, int height, String summary) {

    static final double LEFT = 180;
    static final double WIDTH = 400;
    static final int ROW_HEIGHT = 28;

    public record Bar(String label, String summary, int y, int textY, String statedW, String contradictedX,
            String contradictedW, String missingX, String missingW) {
    }

    static ReportChart of(ExportTable table) {
        int total = table.rows().size();
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Source source : table.sources()) {
            int stated = 0;
            int contradicted = 0;
            int missing = 0;
            for (Row row : table.rows()) {
                if (row.missingFrom().contains(source.id())) {
                    missing++;
                } else if (row.carriers().contains(source.id())) {
                    boolean differs = row.differences().stream().anyMatch(d -> d.values().containsKey(source.id()));
                    contradicted += differs ? 1 : 0;
                    stated += differs ? 0 : 1;
                }
            }
            bars.add(bar(source, y, total, stated, contradicted, missing));
            y += ROW_HEIGHT;
        }
        String summary = bars.stream().map(Bar::summary).collect(Collectors.joining("; ")) + ".";
        return new ReportChart(bars, Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT), summary);
    }

    private static Bar bar(Source source, int y, int total, int stated, int contradicted, int missing) {
        double s = share(stated, total);
        double c = share(contradicted, total);
        String label = source.source().length() > 26 ? source.source().substring(0, 25) + "…" : source.source();
        String summary = source.source() + ": " + stated + " stated in agreement, " + contradicted
                + " stated differently, " + missing + " left out";
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
