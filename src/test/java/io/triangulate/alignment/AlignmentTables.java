package io.triangulate.alignment;

import io.triangulate.claims.RuleBasedClaimExtractor;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import io.triangulate.report.parsing.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a comparison as one table row per report, CollateX style: {@code |storm hits coast|-|}
 * lists, fact by fact in reading order, that report's claim (its first three words) or "-" for a gap.
 */
final class AlignmentTables {

    static final TextComparison TEXTS = aligningWith(AlignmentSettings.defaults());

    private AlignmentTables() {
    }

    /** Texts compared with these aligner settings and no judge. */
    static TextComparison aligningWith(AlignmentSettings settings) {
        return new TextComparison(new TextNormalizer(), new RuleBasedClaimExtractor(), new BgeSmallEmbedder(),
                new ComparisonEngine(new ClusteringAligner(settings), claims -> List.of()));
    }

    static List<ComparedFact> align(String... reports) {
        return TEXTS.compare(List.of(reports));
    }

    /** The row of report {@code reportId} (1-based, in the order given). */
    static String row(List<ComparedFact> facts, long reportId) {
        StringBuilder row = new StringBuilder("|");
        for (ComparedFact fact : facts) {
            String cell = fact.claims().stream().filter(c -> c.reportId() == reportId)
                    .map(c -> firstWords(c.text())).collect(Collectors.joining("+"));
            row.append(cell.isEmpty() ? "-" : cell).append('|');
        }
        return row.toString();
    }

    /** Facts as sets of claim texts, independent of ids and order: for order-independence checks. */
    static List<String> groupsByText(List<ComparedFact> facts) {
        List<String> groups = new ArrayList<>();
        for (ComparedFact fact : facts) {
            Map<String, Integer> texts = new TreeMap<>();
            fact.claims().forEach(c -> texts.merge(c.text(), 1, Integer::sum));
            groups.add(texts.toString());
        }
        groups.sort(Comparator.naturalOrder());
        return groups;
    }

    private static String firstWords(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }
}
