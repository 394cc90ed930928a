package io.triangulate.claims.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised). The judge's word vectors come from it
 * ({@code EmbeddedWords}): its thresholds for near-synonyms were measured on this model's vectors.
 */
public final class MiniLmEmbedder extends BundledModelEmbedder {

    private static final String NAME = "all-MiniLM-L6-v2-q";
    private static final int DIMENSIONS = 384;

    public MiniLmEmbedder() {
        super(new AllMiniLmL6V2QuantizedEmbeddingModel(), NAME, DIMENSIONS);
    }

    /** With the executor the model's batches run on (the caller's thread when it runs tasks inline). */
    public MiniLmEmbedder(Executor executor) {
        super(new AllMiniLmL6V2QuantizedEmbeddingModel(executor), NAME, DIMENSIONS);
    }
}
