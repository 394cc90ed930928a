package io.triangulate.export;

import io.triangulate.export.ExportTable.Row;
import io.triangulate.export.ExportTable.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per fact: verdict, sources present, missing from, differences, review status, note, then
 * one column per report with its claim text. Starts with a byte order mark so spreadsheets read it
 * as UTF-8.
 */
public final class CsvExporter implements Exporter {

    static final List<String> FIXED_COLUMNS = List.of("verdict", "sources present", "missing from", "differences",
            "review status", "note");

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        table.sources().forEach(s -> header.add(s.source()));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .get());
        for (Row row : table.rows()) {
            csv.printRecord(line(table, row));
        }
        csv.flush();
    }

    private static List<String> line(ExportTable table, Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.verdict().name());
        cells.add(String.join("; ", table.sourceNames(row.carriers())));
        cells.add(String.join("; ", table.sourceNames(row.missingFrom())));
        cells.add(row.differences().stream().map(table::describe).collect(Collectors.joining("; ")));
        cells.add(row.review().status().name());
        cells.add(row.review().note() == null ? "" : row.review().note());
        for (Source source : table.sources()) {
            cells.add(row.wordingOf(source.id()));
        }
        return cells;
    }
}
