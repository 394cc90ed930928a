package io.triangulate.alignment;

import io.triangulate.report.Event;
import io.triangulate.report.Report;
import java.util.List;
import java.util.Map;

/** An event's comparison as stored: its reports, its facts in reading order, and the claims they hold. */
public record StoredComparison(Event event, List<Report> reports, List<Fact> facts, Map<Long, ClaimRow> claims) {
}
