package io.triangulate.export;

import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** A readable report: the event, its sources, the counts by verdict, and one table row per fact. */
public final class MarkdownExporter implements Exporter {

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        md.write("# " + inline(table.event().title()) + "\n\n");
        if (table.event().description() != null && !table.event().description().isBlank()) {
            md.write(inline(table.event().description()) + "\n\n");
        }
        md.write("## Sources\n\n");
        for (Source s : table.sources()) {
            md.write("- **" + inline(s.source()) + "**" + ReportText.metadata(s) + "\n");
        }
        md.write("\n## Facts by verdict\n\n");
        table.counts().forEach((verdict, count) -> write(md, "- " + ReportText.label(verdict) + ": " + count + "\n"));
        md.write("\n## Facts\n\n| # | Verdict | ");
        md.write(table.sources().stream().map(s -> cell(s.source())).collect(Collectors.joining(" | ")));
        md.write(" | Differences | Review |\n|---|---|");
        md.write("---|".repeat(table.sources().size()) + "---|---|\n");
        for (Row row : table.rows()) {
            md.write(line(table, row));
        }
        md.flush();
    }

    private static String line(ExportTable table, Row row) {
        String wordings = table.sources().stream()
                .map(s -> row.claimsOf(s.id()).isEmpty() ? "*not in this report*" : cell(row.wordingOf(s.id())))
                .collect(Collectors.joining(" | "));
        String differences = cell(row.differences().stream().map(table::describe).collect(Collectors.joining("; ")));
        return "| " + row.number() + " | " + ReportText.label(row.verdict()) + " | " + wordings + " | " + differences
                + " | " + cell(ReportText.review(row.review())) + " |\n";
    }

    private static void write(Writer md, String text) {
        try {
            md.write(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Text inside a table cell: pipes escaped, line breaks flattened. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    static String inline(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
