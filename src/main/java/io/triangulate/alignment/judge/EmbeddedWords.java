package io.triangulate.alignment.judge;

import io.triangulate.claims.embedding.Embedder;
import io.triangulate.claims.embedding.Vectors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Word similarity as the cosine of the sentence model's vectors for the two words alone, cached. */
public final class EmbeddedWords implements WordSimilarity {

    private static final int MAX_CACHED = 50_000;

    private final Embedder embedder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public EmbeddedWords(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public double of(String a, String b) {
        return Vectors.dot(vector(a), vector(b));
    }

    private float[] vector(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        float[] cached = cache.get(key);
        if (cached == null) {
            cached = embedder.embed(List.of(key)).get(0);
            if (cache.size() < MAX_CACHED) {
                cache.put(key, cached);
            }
        }
        return cached;
    }
}
