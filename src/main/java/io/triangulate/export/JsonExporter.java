package io.triangulate.export;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.Verdict;
import io.triangulate.export.ExportTable.ClaimText;
import io.triangulate.export.ExportTable.EventInfo;
import io.triangulate.export.ExportTable.Review;
import io.triangulate.export.ExportTable.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The comparison of the JSON API (event, reports, facts with claims, differences and review) plus
 * each report's metadata and the event's description: every fact, in reading order.
 */
public final class JsonExporter implements Exporter {

    record Document(EventInfo event, List<Source> reports, List<FactJson> facts) {
    }

    record FactJson(Long id, int number, Verdict verdict, List<ClaimText> claims, List<Long> missingFrom,
            List<Difference> differences, double score, Review review, Verdict engineVerdict) {
    }

    @Override
    public void write(ExportTable table, OutputStream out) throws IOException {
        List<FactJson> facts = table.rows().stream().map(r -> new FactJson(r.factId(), r.number(), r.verdict(),
                r.claims(), r.missingFrom(), r.differences(), r.score(), r.review(), r.engineVerdict())).toList();
        ExportJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValue(out, new Document(table.event(), table.sources(), facts));
    }
}
