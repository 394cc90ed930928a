package io.triangulate.report.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from the opennlp-models-*-en jars),
 * read from the classpath once per JVM and only when first asked for.
 *
 * <p>The models take a few hundred milliseconds and several megabytes to load, and OpenNLP
 * models are immutable and safe to share between threads, so each one is held in a lazy static
 * holder rather than per instance: constructing {@code NlpModels} is free and every instance
 * sees the same models. The {@code *ME} classes built on them are not thread-safe; callers
 * create those per call.
 */
public final class NlpModels {

    private static final NlpModels SHARED = new NlpModels();

    /** The process-wide instance; equivalent to {@code new NlpModels()}. */
    public static NlpModels shared() {
        return SHARED;
    }

    public SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public POSModel partsOfSpeech() {
        return PosHolder.MODEL;
    }

    public LemmatizerModel lemmas() {
        return LemmaHolder.MODEL;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private static final class LemmaHolder {
        static final LemmatizerModel MODEL = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    }
}
