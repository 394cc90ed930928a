package io.triangulate.alignment;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.triangulate.claims.ClaimService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Warms the comparison in the background when the app starts, so the first editor to open a
 * comparison after a restart does not wait for what every comparison needs once per process: the
 * sentence, tagging and embedding models, the WordNet dictionary and the JIT-compiled engine. It
 * compares two short built-in reports (an agreement, a number, a qualifier, a date, a place, a
 * negation, a hedge, a source and an omission between them) for a few seconds; nothing is stored.
 * Off in tests.
 */
@ApplicationScoped
public class EngineWarmUp {

    static final List<String> REPORTS = List.of("""
            City officials said on Monday that the new bridge over the Elm River will open on 12 March 2027.
            The project cost $48 million, about 20 percent more than planned.
            Mayor Ana Ruiz did not attend the ceremony in Springfield.
            The bridge has four lanes and a separate path for cyclists.
            300 residents gathered near the site to watch the last beam being lifted into place.
            """, """
            The new bridge across the Elm River may open in April 2027, a contractor said on Tuesday.
            The project cost $40 million, about 20 percent more than planned.
            Mayor Ana Ruiz attended the ceremony in Riverton.
            The bridge carries four lanes and a separate path for cyclists.
            More than 300 residents gathered near the site to watch the final beam being lifted into place.
            Traffic on the old bridge will be diverted for two weeks.
            """);

    private static final int COMPARISONS_PER_READING = 20;

    @Inject
    WarmUpConfig config;

    @Inject
    ClaimService claims;

    @Inject
    AlignmentService alignment;

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        Thread thread = new Thread(this::warm, "comparison-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The built-in reports read as an import reads them (normalised, claims extracted, embedded). */
    List<ReportClaims> read() {
        TextComparison comparison = new TextComparison(claims.normalizer(), claims.extractor(), claims.embedder(),
                alignment.engine());
        List<ReportClaims> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS.size(); i++) {
            reports.add(comparison.claimsOf(i + 1, 100L * (i + 1), REPORTS.get(i), null));
        }
        return reports;
    }

    /** One round: the built-in reports read and compared as an editor's would be, stored nowhere. */
    List<ComparedFact> compareOnce() {
        return alignment.engine().compare(read());
    }

    /**
     * Reading costs far more than comparing, so each reading is compared several times: the import
     * path and the engine both get compiled within the few seconds.
     */
    void warm() {
        long start = System.nanoTime();
        long until = start + config.duration().toNanos();
        int rounds = 0;
        try {
            do {
                List<ReportClaims> reports = read();
                for (int i = 0; i < COMPARISONS_PER_READING; i++) {
                    alignment.engine().compare(reports);
                }
                rounds++;
            } while (System.nanoTime() < until);
            Log.infof("Comparison warmed up in %d ms (%d rounds)", (System.nanoTime() - start) / 1_000_000, rounds);
        } catch (RuntimeException e) {
            Log.warnf(e, "Warming up the comparison failed; the first comparison will be slower");
        }
    }
}
