package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimAnnotations.DateMention;
import io.triangulate.claims.ClaimAnnotations.Tense;
import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TokenTagger;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs every annotator over one claim. Order matters twice: tense comes before dates (it decides
 * which "Tuesday" is meant) and dates before numbers (a year is not a quantity). Thread-safe.
 */
public final class ClaimAnnotator {

    /**
     * Raise when an annotator finds something other than it did: claims annotated by an older
     * version are annotated again when their event is next compared.
     */
    public static final int VERSION = 27;

    private final TokenTagger tagger;
    private final LemmaAnnotator lemmas = new LemmaAnnotator();
    private final NumberAnnotator numbers = new NumberAnnotator();
    private final DateAnnotator dates = new DateAnnotator();
    private final EntityAnnotator entities = new EntityAnnotator();
    private final NegationAnnotator negations = new NegationAnnotator();
    private final HedgeAnnotator hedges = new HedgeAnnotator();
    private final AttributionAnnotator attribution = new AttributionAnnotator();
    private final TenseAnnotator tense = new TenseAnnotator();

    public ClaimAnnotator() {
        this(new TokenTagger());
    }

    public ClaimAnnotator(TokenTagger tagger) {
        this.tagger = tagger;
    }

    /** Annotates a claim, tokenising it first. */
    public ClaimAnnotations annotate(String claim, LocalDate publishedAt) {
        return annotate(claim, tagger.tag(claim), publishedAt);
    }

    /** @param tokens the claim's tokens, offsets relative to {@code claim} */
    public ClaimAnnotations annotate(String claim, List<TaggedToken> tokens, LocalDate publishedAt) {
        Tense when = tense.tense(claim, tokens);
        List<DateMention> found = dates.dates(claim, tokens, publishedAt, when);
        return new ClaimAnnotations(lemmas.lemmas(tokens), numbers.numbers(claim, tokens, found), found,
                entities.entities(claim, tokens), negations.negations(claim, tokens), hedges.hedges(claim, tokens),
                attribution.attribution(claim, tokens), when);
    }
}
