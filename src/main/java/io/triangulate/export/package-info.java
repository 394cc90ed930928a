/**
 * Export: the output stage. {@link io.triangulate.export.ExportTable} is the one neutral model of an
 * event's comparison (its sources with their metadata, its facts with each source's wording and the
 * reviewers' decisions); one {@link io.triangulate.export.Exporter} per format turns it into bytes.
 * Exporters read only the table, never the database, and write to a stream so large events are
 * not held twice in memory. The HTML and PDF reports come from one Qute template
 * ({@code templates/export/report.html}): the HTML stands alone (inline styles, no scripts, no
 * outside resources) and the PDF is that same page laid out by openhtmltopdf.
 *
 * <p>Archives are not exports of the table: {@link io.triangulate.export.ArchiveService} writes and
 * restores everything an event holds (original bytes, claims with annotations and vectors, facts
 * with their reviews, sessions, audit trail), so a restored event is served as stored, not
 * recomputed.
 */
package io.triangulate.export;
