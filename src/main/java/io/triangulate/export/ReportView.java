package io.triangulate.export;

import io.triangulate.alignment.Highlights;
import io.triangulate.alignment.Verdict;
import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The printable report of {@code templates/export/report.html}: the event, its sources, the counts
 * and coverage chart, then the divergences, each source's omissions and the agreements, each fact
 * with the reviewers' decision.
 */
public record ReportView(ExportTable table, List<VerdictCount> counts, CoverageChart chart, List<Section> sections) {

    public record VerdictCount(String label, String css, long count) {
    }

    /** A fact as the report prints it; {@code wordings} has one entry per source that states it. */
    public record FactView(int number, String verdict, String css, List<Wording> wordings, List<String> differences,
            boolean reviewed, String review) {
    }

    /** What one source says, cut into runs so the words that differ can be marked. */
    public record Wording(String source, List<Highlights.Run> runs) {
    }

    /** A heading of the report (level 2 or 3) and its facts; {@code empty} says what no facts means, if anything. */
    public record Section(String heading, int level, String empty, List<FactView> facts) {
    }

    static ReportView of(ExportTable table) {
        List<VerdictCount> counts = new ArrayList<>();
        for (Map.Entry<Verdict, Long> e : table.counts().entrySet()) {
            counts.add(new VerdictCount(ReportText.label(e.getKey()), css(e.getKey()), e.getValue()));
        }
        return new ReportView(table, counts, CoverageChart.of(table), sections(table));
    }

    private static List<Section> sections(ExportTable table) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Divergences", 2, "The sources contradict each other on no fact.",
                facts(table, Verdict.DIVERGENCE)));
        sections.add(new Section("Omissions", 2, null, List.of()));
        for (Source source : table.sources()) {
            sections.add(new Section("Left out by " + source.source(), 3,
                    source.source() + " leaves out none of the facts the other sources state.",
                    table.rows().stream().filter(r -> r.missingFrom().contains(source.id())).map(r -> fact(table, r))
                            .toList()));
        }
        sections.add(new Section("Agreements", 2, "No fact is stated alike by several sources.",
                facts(table, Verdict.AGREEMENT)));
        List<FactView> uncompared = facts(table, Verdict.UNCOMPARED);
        if (!uncompared.isEmpty()) {
            sections.add(new Section("Not compared", 2, null, uncompared));
        }
        return sections;
    }

    public String date(java.time.Instant instant) {
        return ReportText.date(instant);
    }

    public String created() {
        return ReportText.date(table.event().createdAt());
    }

    private static List<FactView> facts(ExportTable table, Verdict verdict) {
        return table.rows().stream().filter(r -> r.verdict() == verdict).map(r -> fact(table, r)).toList();
    }

    private static FactView fact(ExportTable table, Row row) {
        List<Wording> wordings = row.carriers().stream().map(id -> new Wording(table.sourceName(id),
                Highlights.of(row.wordingOf(id), row.differingWordsOf(id)))).toList();
        return new FactView(row.number(), ReportText.label(row.verdict()), css(row.verdict()), wordings,
                row.differences().stream().map(table::describe).toList(), row.review().decided(),
                ReportText.review(row.review()));
    }

    private static String css(Verdict verdict) {
        return verdict.name().toLowerCase(java.util.Locale.ROOT);
    }
}
