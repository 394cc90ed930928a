package io.triangulate.report;

import static io.triangulate.report.ImportError.INVALID_REPORT;
import static io.triangulate.report.ImportError.TOO_LARGE;

import io.triangulate.claims.ClaimService;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.claims.embedding.EmbeddingTexts;
import io.triangulate.report.documents.DocumentFormat;
import io.triangulate.report.documents.DocumentReaders;
import io.triangulate.report.documents.ExtractedDocument;
import io.triangulate.report.documents.FetchedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every way a report gets in: pasted text, an uploaded document, a page fetched from a URL. The
 * slow work (reading documents, finding claims) happens before the short transaction that stores
 * the report, and a refused import stores nothing.
 */
@ApplicationScoped
public class ReportImporter {

    private final DocumentReaders readers = new DocumentReaders();

    @Inject
    ImportConfig config;

    @Inject
    ClaimService claims;

    @Inject
    ReportStore store;

    @Inject
    PageFetcher fetcher;

    public Report importText(long eventId, ReportInput input) {
        store.requireEvent(eventId);
        requireValidDate(input.publishedAt());
        if (ReportInput.isBlank(input.text())) {
            throw new ImportException(INVALID_REPORT, "The report has no text: paste or upload the report's text.");
        }
        requireWithinLimit(input.text().getBytes(StandardCharsets.UTF_8).length);
        byte[] original = input.text().getBytes(StandardCharsets.UTF_8);
        return save(eventId, prepare(input, DocumentFormat.TEXT.mediaType(), null, original));
    }

    public Report importFile(long eventId, ReportInput typed, String fileName, byte[] bytes) {
        store.requireEvent(eventId);
        requireValidDate(typed.publishedAt());
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(INVALID_REPORT, "The uploaded file is empty: choose a file that holds the report.");
        }
        requireWithinLimit(bytes.length);
        ExtractedDocument document = readers.read(bytes, fileName);
        ReportInput input = typed.orElse(document.metadata())
                .withSourceIfMissing(FileNames.withoutExtension(fileName))
                .withText(document.text());
        return save(eventId, prepare(input, document.format().mediaType(), fileName, bytes));
    }

    public Report importUrl(long eventId, String url, ReportInput typed) {
        store.requireEvent(eventId);
        requireValidDate(typed.publishedAt());
        if (ReportInput.isBlank(url)) {
            throw new ImportException(INVALID_REPORT, "The URL is missing: give the address of the page to import.");
        }
        FetchedDocument page = fetcher.fetch(url.strip());
        ExtractedDocument document = readers.read(page.bytes(), page.fileName());
        ReportInput input = typed.orElse(document.metadata())
                .withSourceIfMissing(FileNames.hostOf(page.finalUrl()))
                .withUrlIfMissing(page.finalUrl())
                .withText(document.text());
        return save(eventId, prepare(input, document.format().mediaType(), null, page.bytes()));
    }

    /**
     * Two imports of the same text can pass the duplicate check at the same time; the unique key
     * then refuses the second at commit, and the person gets the same answer as for a sequential
     * duplicate.
     */
    private Report save(long eventId, PreparedReport prepared) {
        try {
            return store.save(eventId, prepared);
        } catch (PersistenceException | TransactionalException e) {
            if (Report.existsInEvent(eventId, prepared.contentHash())) {
                throw ReportStore.duplicate(store.requireEvent(eventId));
            }
            throw e;
        }
    }

    private PreparedReport prepare(ReportInput input, String mediaType, String fileName, byte[] original) {
        if (ReportInput.isBlank(input.source())) {
            throw new ImportException(INVALID_REPORT, "The source is missing: name the outlet or author of the report.");
        }
        if (trimmed(input.url()) != null && input.url().strip().length() > 2048) {
            throw new ImportException(INVALID_REPORT, "The URL is longer than the 2048 characters a report keeps.");
        }
        Instant publishedAt = PublicationDates.parse(input.publishedAt()).orElse(null);
        String text = claims.normalize(input.text() == null ? "" : input.text());
        List<ExtractedClaim> found = claims.extract(text, publishedAt == null ? null
                : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC));
        if (found.isEmpty()) {
            throw new ImportException(INVALID_REPORT,
                    "No sentences were found in the report: it holds no statement that could be compared.");
        }
        EmbeddingTexts.Embedded embedded = EmbeddingTexts.embed(found.stream().map(ExtractedClaim::text).toList(),
                claims::embed);
        return new PreparedReport(clipped(input.source(), 500), clipped(input.title(), 1000), trimmed(input.url()),
                clipped(input.author(), 500), publishedAt, mediaType, text, ContentHash.of(mediaType, text), found,
                embedded.vectors(), embedded.ownVectors(), claims.embedder().model(), clipped(fileName, 500), original);
    }

    /** A date typed by a person must be valid; one found in a document's metadata is only a hint. */
    private static void requireValidDate(String typed) {
        if (!ReportInput.isBlank(typed) && PublicationDates.parse(typed).isEmpty()) {
            throw new ImportException(INVALID_REPORT, "The publication date \"" + typed
                    + "\" is not a date: write it as 2025-10-30 or 2025-10-30T08:15:00Z.");
        }
    }

    private void requireWithinLimit(long size) {
        if (size > config.maxBytes()) {
            throw new ImportException(TOO_LARGE, "The report is " + Sizes.human(size) + ", over the limit of "
                    + Sizes.human(config.maxBytes()) + ": split it or import its text only.");
        }
    }

    private static String trimmed(String value) {
        return ReportInput.isBlank(value) ? null : value.strip();
    }

    /**
     * Names and titles come from documents as often as from people, and a page's over-long title is
     * no reason to refuse its report: keep what the column holds, marked as cut.
     */
    private static String clipped(String value, int limit) {
        String kept = trimmed(value);
        return kept == null || kept.length() <= limit ? kept : kept.substring(0, limit - 1).strip() + "…";
    }
}
