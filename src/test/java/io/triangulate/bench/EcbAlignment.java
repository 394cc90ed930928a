package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alignment of real reports on one event against ECB+'s event coreference: each document's fully
 * annotated sentences become one report, every cluster is compared, and a pair of sentences of
 * different reports counts as aligned when a claim of one shares a fact with a claim of the other.
 * Gold: the two sentences share an event instance ({@link EcbEvents}). Scored over all cross-report
 * sentence pairs, and per half of the topics (odd topics are the ones {@code FitPairScore} may
 * learn from, even topics stay unseen).
 */
final class EcbAlignment {

    private EcbAlignment() {
    }

    /** Confusions over cross-report sentence pairs: [all, odd topics, even topics]. */
    static Confusion[] run(Pipeline pipeline, Path benchDir, int limit) {
        Confusion[] out = {new Confusion(), new Confusion(), new Confusion()};
        int clusters = 0;
        for (Map<String, List<EcbEvents.Sentence>> cluster : EcbEvents.clusters(benchDir).values()) {
            if (clusters++ >= limit || cluster.size() < 2) {
                continue;
            }
            List<List<EcbEvents.Sentence>> docs = new ArrayList<>(cluster.values());
            List<Pipeline.Read> reads = new ArrayList<>();
            long firstClaim = 1;
            for (int d = 0; d < docs.size(); d++) {
                String text = String.join("\n", docs.get(d).stream().map(EcbEvents.Sentence::text).toList());
                Pipeline.Read read = pipeline.read(d + 1, firstClaim, text);
                firstClaim += read.size();
                reads.add(read);
            }
            // (report, sentence) of each claim id, then the sentence pairs that share a fact
            Map<Long, long[]> sentenceOf = new HashMap<>();
            for (int d = 0; d < reads.size(); d++) {
                List<ClaimInput> claims = reads.get(d).report().claims();
                for (int c = 0; c < claims.size(); c++) {
                    sentenceOf.put(claims.get(c).id(), new long[] {d, reads.get(d).lineOf()[c]});
                }
            }
            Set<String> together = new HashSet<>();
            for (ComparedFact fact : pipeline.compare(reads.toArray(Pipeline.Read[]::new))) {
                for (ClaimInput x : fact.claims()) {
                    for (ClaimInput y : fact.claims()) {
                        long[] a = sentenceOf.get(x.id());
                        long[] b = sentenceOf.get(y.id());
                        if (a[0] < b[0]) {
                            together.add(a[0] + ":" + a[1] + "|" + b[0] + ":" + b[1]);
                        }
                    }
                }
            }
            for (int d = 0; d < docs.size(); d++) {
                for (int e = d + 1; e < docs.size(); e++) {
                    for (int i = 0; i < docs.get(d).size(); i++) {
                        for (int j = 0; j < docs.get(e).size(); j++) {
                            EcbEvents.Sentence a = docs.get(d).get(i);
                            boolean gold = EcbEvents.sameFact(a, docs.get(e).get(j));
                            boolean predicted = together.contains(d + ":" + i + "|" + e + ":" + j);
                            out[0].add(gold, predicted);
                            out[a.topic() % 2 == 1 ? 1 : 2].add(gold, predicted);
                        }
                    }
                }
            }
        }
        return out;
    }
}
