package io.triangulate.claims.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence model bundled in its jar (LangChain4j's in-process ONNX models), run with ONNX
 * Runtime: nothing is downloaded. Loading takes about a second, so build one per process.
 */
public abstract class BundledModelEmbedder implements Embedder {

    private final EmbeddingModel model;
    private final String name;
    private final int dimensions;

    protected BundledModelEmbedder(EmbeddingModel model, String name, int dimensions) {
        this.model = model;
        this.name = name;
        this.dimensions = dimensions;
    }

    @Override
    public final List<float[]> embed(List<String> texts) {
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
    public final int dimensions() {
        return dimensions;
    }

    @Override
    public final String model() {
        return name;
    }
}
