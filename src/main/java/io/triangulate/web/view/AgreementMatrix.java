package io.triangulate.web.view;

import io.triangulate.alignment.ClaimRow;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Source × source: of the facts two sources both state, how many they state alike. The diagonal is
 * how many facts a source states at all.
 */
public record AgreementMatrix(List<Report> sources, List<Line> lines) {

    public record Line(Report source, List<Entry> entries) {
    }

    /** {@code shared} facts stated by both, {@code agreed} of them stated alike. */
    public record Entry(Report other, int shared, int agreed, boolean self) {

        public int percent() {
            return shared == 0 ? 0 : Math.round(100f * agreed / shared);
        }

        /** A shade band for the cell's background: 0 (no shared fact) to 4 (all agree). */
        public int band() {
            if (self || shared == 0) {
                return 0;
            }
            return 1 + Math.min(3, (int) (percent() / 33.4));
        }

        public String title() {
            if (self) {
                return other.source + " states " + shared + " facts";
            }
            return shared == 0 ? "No fact in common with " + other.source
                    : agreed + " of " + shared + " shared facts stated alike";
        }

        public String label() {
            return self ? String.valueOf(shared) : shared == 0 ? "—" : percent() + "%";
        }
    }

    public static AgreementMatrix of(StoredComparison comparison) {
        List<Report> sources = comparison.reports();
        List<Set<Long>> carriers = new ArrayList<>();
        for (Fact fact : comparison.facts()) {
            carriers.add(ComparisonPage.claimsOf(fact, comparison.claims()).stream().map(ClaimRow::reportId)
                    .collect(Collectors.toSet()));
        }
        List<Line> lines = new ArrayList<>();
        for (Report a : sources) {
            List<Entry> entries = new ArrayList<>();
            for (Report b : sources) {
                int shared = 0;
                int agreed = 0;
                for (int i = 0; i < carriers.size(); i++) {
                    if (carriers.get(i).contains(a.id) && carriers.get(i).contains(b.id)) {
                        shared++;
                        agreed += a.id.equals(b.id) || alike(comparison.facts().get(i), a.id, b.id) ? 1 : 0;
                    }
                }
                entries.add(new Entry(b, shared, agreed, a.id.equals(b.id)));
            }
            lines.add(new Line(a, entries));
        }
        return new AgreementMatrix(sources, lines);
    }

    private static boolean alike(Fact fact, Long a, Long b) {
        for (Difference difference : fact.differences) {
            Map<Long, String> values = difference.values();
            if (values.containsKey(a) && values.containsKey(b)
                    && !Objects.equals(normal(values.get(a)), normal(values.get(b)))) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String words) {
        return words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
    }
}
