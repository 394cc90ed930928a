package io.triangulate.alignment;

import io.triangulate.alignment.judge.EmbeddedWords;
import io.triangulate.alignment.judge.JudgeSettings;
import io.triangulate.alignment.judge.RuleBasedFactJudge;
import io.triangulate.claims.Claim;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.quarkus.logging.Log;
import io.triangulate.claims.ClaimService;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import io.triangulate.report.parsing.TokenTagger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves an event's comparison: as stored when its reports have not changed since it was computed,
 * otherwise computed again (only claims without a vector are embedded) and stored. Concurrent
 * readers of a changed event compute it once: the event row is locked while it is recomputed.
 */
@ApplicationScoped
public class AlignmentService {

    private final AlignmentSettings settings;
    private final ComparisonEngine engine;

    private final ClaimService claims;
    private final TokenTagger tagger = new TokenTagger();
    private final ClaimAnnotator annotator = new ClaimAnnotator(tagger);

    @Inject
    FactStore factStore;

    @Inject
    public AlignmentService(AlignmentConfig config, ClaimService claims) {
        this.settings = config.settings();
        this.claims = claims;
        this.engine = new ComparisonEngine(new ClusteringAligner(settings), new RuleBasedFactJudge(tagger,
                JudgeSettings.defaults(), new EmbeddedWords(claims.wordEmbedder())));
    }

    @Transactional
    public Optional<StoredComparison> comparison(long eventId) {
        Event event = Event.findById(eventId);
        if (event == null) {
            return Optional.empty();
        }
        List<Report> reports = Report.ofEvent(eventId);
        String signature = AlignmentSignature.of(reports.stream().map(r -> r.id).toList(), settings);
        if (!signature.equals(event.alignedSignature)) {
            Event.getEntityManager().lock(event, LockModeType.PESSIMISTIC_WRITE);
            Event.getEntityManager().refresh(event);
            if (!signature.equals(event.alignedSignature)) {
                realign(event, reports, signature);
            }
        }
        return Optional.of(load(event, reports));
    }

    /** Computes the comparison again even if nothing changed (after a settings change, or on request). */
    @Transactional
    public void realign(long eventId) {
        Event event = Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event != null) {
            List<Report> reports = Report.ofEvent(eventId);
            realign(event, reports, AlignmentSignature.of(reports.stream().map(r -> r.id).toList(), settings));
        }
    }

    private void realign(Event event, List<Report> reports, String signature) {
        long start = System.nanoTime();
        List<Claim> all = Claim.ofEvent(event.id);
        StoredClaims.embedStale(all, claims);
        StoredClaims.tagMissing(all, tagger);
        StoredClaims.annotateStale(all, annotator);
        List<Set<Long>> pinned = Fact.ofEvent(event.id).stream().filter(f -> f.pinned)
                .map(f -> (Set<Long>) new LinkedHashSet<>(f.claimIds)).toList();
        long read = System.nanoTime();
        List<ComparedFact> facts = engine.compare(StoredClaims.byReport(reports, all), pinned);
        long compared = System.nanoTime();
        factStore.replace(event, facts);
        event.alignedSignature = signature;
        Log.debugf("Event %d compared: %d claims of %d reports, %d facts; read %d ms, engine %d ms, store %d ms",
                event.id, all.size(), reports.size(), facts.size(), (read - start) / 1_000_000,
                (compared - read) / 1_000_000, (System.nanoTime() - compared) / 1_000_000);
    }

    /**
     * Takes the facts stored for an event as its comparison for its current reports, so they are
     * served as stored rather than computed again: for an event restored from an archive.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adoptStored(Event event) {
        List<Long> reportIds = Report.ofEvent(event.id).stream().map(r -> r.id).toList();
        event.alignedSignature = AlignmentSignature.of(reportIds, settings);
    }

    public ComparisonEngine engine() {
        return engine;
    }

    private static StoredComparison load(Event event, List<Report> reports) {
        Map<Long, ClaimRow> byId = ClaimRow.ofEvent(event.id).stream()
                .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        return new StoredComparison(event, reports, Fact.ofEvent(event.id), byId);
    }
}
