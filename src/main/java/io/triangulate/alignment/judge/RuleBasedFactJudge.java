package io.triangulate.alignment.judge;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.FactJudge;
import io.triangulate.report.parsing.TokenTagger;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a fact by comparing every pair of its claims from different reports with a fixed set of
 * checks (figures, dates, names, polarity, hedging, attribution); only when those find nothing,
 * a swapped ordinary word, and only when that finds nothing either, the time frame. The later
 * checks are weaker evidence and would otherwise double-count a conflict already named ("officials"
 * / "a filmmaker" is a change of source, not also of wording). Pure and thread-safe; the tagger's
 * models are shared per JVM. A claim's tokens come with it when they were kept at import; otherwise
 * the judge tags its text and keeps the tokens (least recently used out) across judgements.
 */
public final class RuleBasedFactJudge implements FactJudge {

    private static final int MAX_TAGGED = 20_000;

    private final TokenTagger tagger;
    private final List<FactCheck> checks;
    private final FactCheck words;
    private final FactCheck timeframe;
    private final Map<String, List<TaggedToken>> tagged = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<TaggedToken>> eldest) {
                    return size() > MAX_TAGGED;
                }
            });

    /** The default settings and the shared OpenNLP models. */
    public RuleBasedFactJudge() {
        this(new TokenTagger(), JudgeSettings.defaults());
    }

    public RuleBasedFactJudge(TokenTagger tagger, JudgeSettings settings) {
        this(tagger, settings, WordSimilarity.NONE);
    }

    /** With word vectors to spare near-synonyms WordNet does not know. */
    public RuleBasedFactJudge(TokenTagger tagger, JudgeSettings settings, WordSimilarity words) {
        this.tagger = tagger;
        this.checks = List.of(new NumberCheck(settings), new QuantifierWordCheck(), new CodeCheck(settings), new DateCheck(settings),
                new EntityCheck(settings), new RoleSwapCheck(), new PolarityCheck(settings), new HedgeCheck(settings), new AttributionCheck(words));
        if (settings.otherWords()) {
            this.words = new OtherWordCheck();
        } else if (settings.lexical()) {
            this.words = new LexicalCheck(settings, words);
        } else {
            this.words = pair -> List.of();
        }
        this.timeframe = settings.timeframe() ? new TimeframeCheck() : pair -> List.of();
    }

    @Override
    public List<Difference> judge(List<ClaimInput> claims) {
        List<ClaimView> views = claims.stream().map(c -> new ClaimView(c, tokens(c))).toList();
        DifferenceList differences = new DifferenceList();
        Counterparts counterparts = new Counterparts(claims);
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                if (counterparts.compared(i, j)) {
                    ClaimPair pair = ClaimPair.of(views.get(i), views.get(j));
                    conflicts(pair).forEach(c -> differences.add(pair.a().reportId(), pair.b().reportId(), c));
                }
            }
        }
        return differences.toList();
    }

    private List<TaggedToken> tokens(ClaimInput claim) {
        if (claim.tokens() != null) {
            return claim.tokens();
        }
        String text = claim.text();
        List<TaggedToken> tokens = tagged.get(text);
        if (tokens == null) {
            tokens = List.copyOf(tagger.tag(text));
            tagged.put(text, tokens);
        }
        return tokens;
    }

    private List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        for (FactCheck check : checks) {
            found.addAll(check.conflicts(pair));
        }
        if (found.isEmpty()) {
            found.addAll(words.conflicts(pair));
        }
        return found.isEmpty() ? timeframe.conflicts(pair) : found;
    }
}
