package io.triangulate.claims.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/**
 * The all-MiniLM-L6-v2 sentence model (quantised). The judge's word vectors come from it
 * ({@code EmbeddedWords}): its thresholds for near-synonyms were measured on this model's vectors.
 */
public final class MiniLmEmbedder extends BundledModelEmbedder {

    public MiniLmEmbedder() {
        super(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-MiniLM-L6-v2-q", 384);
    }

    /** With the executor the model's batches run on (the caller's thread when it runs tasks inline). */
    public MiniLmEmbedder(Executor executor) {
        super(new AllMiniLmL6V2QuantizedEmbeddingModel(executor), "all-MiniLM-L6-v2-q", 384);
    }
}
