package io.triangulate.claims.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised), bundled in its jar and run in process with
 * ONNX Runtime: nothing is downloaded. Loading takes about a second, so build one per process.
 */
public final class MiniLmEmbedder implements Embedder {

    private static final int DIMENSIONS = 384;
    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** With the executor the model's batches run on (the caller's thread when it runs tasks inline). */
    public MiniLmEmbedder(Executor executor) {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(Vectors.normalized(embedding.vector()));
        }
        return vectors;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }
}
