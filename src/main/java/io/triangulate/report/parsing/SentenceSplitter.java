package io.triangulate.report.parsing;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits normalised text into sentences, paragraph by paragraph, so that no sentence ever runs
 * across a line break (a heading stays a sentence of its own). OpenNLP's model proposes the
 * boundaries; {@link SentenceRepair} corrects the ones news style gets wrong. Thread-safe.
 */
public final class SentenceSplitter {

    private final NlpModels models;

    public SentenceSplitter() {
        this(NlpModels.shared());
    }

    public SentenceSplitter(NlpModels models) {
        this.models = models;
    }

    /**
     * @param text normalised text (see {@link TextNormalizer})
     * @return the sentences in order, as spans into {@code text}, without surrounding whitespace
     */
    public List<TextSpan> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan paragraph : Paragraphs.of(text)) {
            String body = paragraph.of(text);
            for (TextSpan span : SentenceRepair.repair(body, candidates(detector, body))) {
                sentences.add(new TextSpan(paragraph.start() + span.start(), paragraph.start() + span.end()));
            }
        }
        return sentences;
    }

    private static List<TextSpan> candidates(SentenceDetectorME detector, String paragraph) {
        List<TextSpan> spans = new ArrayList<>();
        for (Span span : detector.sentPosDetect(paragraph)) {
            spans.add(new TextSpan(span.getStart(), span.getEnd()));
        }
        if (spans.isEmpty()) {
            spans.add(new TextSpan(0, paragraph.length()));
        }
        return spans;
    }
}
