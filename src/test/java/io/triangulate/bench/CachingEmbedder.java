package io.triangulate.bench;

import io.triangulate.claims.embedding.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vector of every text it has embedded. The embedder is pure, so this changes no
 * figure; it only spares the quality run from embedding the same sentence again (an unchanged
 * sentence of a perturbed copy, a summary shared by several edits). Not for the speed benchmark.
 */
final class CachingEmbedder implements Embedder {

    private final Embedder delegate;
    private final Map<String, float[]> cache = new HashMap<>();

    CachingEmbedder(Embedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = delegate.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(cache.get(t)));
        return out;
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    @Override
    public String model() {
        return delegate.model();
    }
}
