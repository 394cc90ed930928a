package io.triangulate.claims.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/**
 * The bge-small-en-v1.5 sentence model (quantised), the claims' vectors: on the labelled report
 * pairs it ranks a claim's true counterpart in the other report first more often than
 * all-MiniLM-L6-v2 (docs/decisions/0007-bge-small-claim-vectors.md). Claims are embedded as they
 * are, without the query instruction the model card suggests for retrieval: both sides of a pair
 * are statements.
 */
public final class BgeSmallEmbedder extends BundledModelEmbedder {

    private static final String NAME = "bge-small-en-v1.5-q";
    private static final int DIMENSIONS = 384;

    public BgeSmallEmbedder() {
        super(new BgeSmallEnV15QuantizedEmbeddingModel(), NAME, DIMENSIONS);
    }

    /** With the executor the model's batches run on (the caller's thread when it runs tasks inline). */
    public BgeSmallEmbedder(Executor executor) {
        super(new BgeSmallEnV15QuantizedEmbeddingModel(executor), NAME, DIMENSIONS);
    }
}
