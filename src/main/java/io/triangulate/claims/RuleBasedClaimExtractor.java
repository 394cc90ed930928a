package io.triangulate.claims;

import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.report.parsing.Paragraphs;
import io.triangulate.report.parsing.SentenceSplitter;
import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TextSpan;
import io.triangulate.report.parsing.TokenTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts claims sentence by sentence: page furniture is dropped ({@link NonClaimRules}),
 * sentences that join independent facts are split ({@link ClauseSplitter}), and each claim is
 * classified and annotated. Thread-safe; build it once and share it, since the constructor is
 * cheap but the first call loads the OpenNLP models.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

    // Shorter pieces are fragments ("He said.") that cannot be compared with anything, unless they
    // are a whole sentence of three words with a verb and a subject other than a pronoun standing
    // for someone named before ("Nobody was hurt.", "Police declined comment.").
    private static final int MIN_WORDS = 4;
    private static final int SHORT_STATEMENT = 3;
    private static final Set<String> STANDS_FOR_SOMEONE = Set.of("he", "she", "it", "they", "we", "i", "you",
            "this", "that", "these", "those");

    private final SentenceSplitter splitter;
    private final TokenTagger tagger;
    private final ClaimAnnotator annotator;

    /** Uses the shared OpenNLP models. */
    public RuleBasedClaimExtractor() {
        this(new SentenceSplitter(), new TokenTagger(), new ClaimAnnotator());
    }

    public RuleBasedClaimExtractor(SentenceSplitter splitter, TokenTagger tagger, ClaimAnnotator annotator) {
        this.splitter = splitter;
        this.tagger = tagger;
        this.annotator = annotator;
    }

    @Override
    public List<ExtractedClaim> extract(String text, LocalDate publishedAt) {
        List<TextSpan> content = contentSpans(text);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (TextSpan sentence : splitter.split(text)) {
            Optional<TextSpan> kept = clip(sentence, content);
            if (kept.isPresent() && !NonClaimRules.isBoilerplate(kept.get().of(text))) {
                addClaims(text, kept.get(), publishedAt, claims);
            }
        }
        return claims;
    }

    private static List<TextSpan> contentSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        for (TextSpan paragraph : Paragraphs.of(text)) {
            NonClaimRules.content(text, paragraph).ifPresent(spans::add);
        }
        return spans;
    }

    // A sentence keeps only the part inside its paragraph's content (labels and datelines cut off).
    private static Optional<TextSpan> clip(TextSpan sentence, List<TextSpan> content) {
        for (TextSpan span : content) {
            int start = Math.max(sentence.start(), span.start());
            int end = Math.min(sentence.end(), span.end());
            if (start < end) {
                return Optional.of(new TextSpan(start, end));
            }
        }
        return Optional.empty();
    }

    private void addClaims(String text, TextSpan sentence, LocalDate publishedAt, List<ExtractedClaim> claims) {
        String body = sentence.of(text);
        List<TaggedToken> tokens = tagger.tag(body);
        for (TextSpan clause : ClauseSplitter.split(tokens, body.length())) {
            TextSpan span = ClaimSpans.trim(text, new TextSpan(sentence.start() + clause.start(),
                    sentence.start() + clause.end()));
            String claim = span.of(text);
            int words = ClaimSpans.words(claim);
            if (words >= MIN_WORDS || words == SHORT_STATEMENT && clause.start() == 0 && clause.end() == body.length()
                    && isStatement(tokens)) {
                // Re-tag the claim alone: annotation offsets are relative to the claim text.
                List<TaggedToken> claimTokens = tagger.tag(claim);
                ClaimKind kind = ClaimKindClassifier.classify(claim, claimTokens);
                claims.add(new ExtractedClaim(claims.size(), claim, span.start(), span.end(), kind,
                        annotator.annotate(claim, claimTokens, publishedAt), List.copyOf(claimTokens)));
            }
        }
    }

    // a verb, and a first word that is not a pronoun standing for someone named before
    private static boolean isStatement(List<TaggedToken> tokens) {
        return !tokens.isEmpty() && !STANDS_FOR_SOMEONE.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))
                && tokens.stream().anyMatch(t -> t.pos().equals("VERB") || t.pos().equals("AUX"));
    }
}
