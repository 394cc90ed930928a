package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hedge cues: modals of possibility, adverbs of uncertainty, verbs that report a belief
 * rather than a fact ("suggested", "appears", "claimed"), the passive of hearsay ("is said to
 * have resigned", "is thought to"), an event that "is expected" ("a rally is expected on
 * Friday") or "is possible", an act a company "expects to" carry out, and the verbs that reach
 * for an act without stating it happens ("hopes to sign",
 * "aims to cut", "sought to seize"; "plans to" is left out, which news copy uses for "will").
 * Verbs of deliberating hedge the act
 * they weigh ("is considering opening", "mulls whether to sell"), but only before an "-ing" form
 * or "whether": "was considered a threat" is a judgement, not a doubt. "According to" is
 * attribution, not a hedge, and is found by {@link AttributionAnnotator}. "Could not" says what
 * was not possible ("could not defend themselves" / "can't defend themselves"), not what may be.
 */
public final class HedgeAnnotator {

    private static final CueFinder CUES = new CueFinder(List.of("may", "might", "could", "would", "possibly",
            "perhaps", "reportedly", "allegedly", "apparently", "likely", "unlikely", "probably", "presumably",
            "purportedly", "be expected to", "expected to", "be expected", "expect to", "be possible", "suggest", "appear", "seem", "claim", "believe",
            "indicate", "potential", "potentially", "be said to", "be thought to", "be reported to",
            "be understood to", "be alleged to", "be rumoured to", "be rumored to", "be feared to", "hope to", "aim to",
            "seek to"));

    // Each form written out, as the lemmatizer makes "weighi" of "weighing" and leaves "mulling" as it is.
    private static final Map<String, String> DELIBERATING = Map.ofEntries(
            Map.entry("consider", "consider"), Map.entry("considers", "consider"),
            Map.entry("considering", "consider"), Map.entry("considered", "consider"),
            Map.entry("contemplate", "contemplate"), Map.entry("contemplates", "contemplate"),
            Map.entry("contemplating", "contemplate"), Map.entry("contemplated", "contemplate"),
            Map.entry("mull", "mull"), Map.entry("mulls", "mull"),
            Map.entry("mulling", "mull"), Map.entry("mulled", "mull"),
            Map.entry("weigh", "weigh"), Map.entry("weighs", "weigh"),
            Map.entry("weighing", "weigh"), Map.entry("weighed", "weigh"));
    private static final CueFinder DELIBERATION = new CueFinder(List.copyOf(DELIBERATING.keySet()));

    public List<Cue> hedges(String text, List<TaggedToken> tokens) {
        List<Cue> found = new ArrayList<>(CUES.find(text, tokens).stream()
                .filter(cue -> !inability(cue, tokens)).toList());
        DELIBERATION.find(text, tokens).stream().filter(cue -> weighsAnAct(cue, tokens))
                .map(cue -> new Cue(cue.text(), cue.start(), cue.end(),
                        DELIBERATING.getOrDefault(cue.text().toLowerCase(Locale.ROOT), cue.lemma())))
                .forEach(found::add);
        found.sort(Comparator.comparingInt(Cue::start));
        return found;
    }

    // "could not defend": a negated "could" says what was not possible, as "cannot" does, not what may be
    private static boolean inability(Cue cue, List<TaggedToken> tokens) {
        int i = indexOf(cue, tokens);
        if (!cue.text().equalsIgnoreCase("could") || i < 0) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        return next.equals("not") || next.equals("n't");
    }

    // "considering opening", "weighing whether to": the word after the verb is the act weighed
    private static boolean weighsAnAct(Cue cue, List<TaggedToken> tokens) {
        int i = indexOf(cue, tokens);
        if (i < 0) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        boolean noun = i > 0 && "DET".equals(tokens.get(i - 1).pos());
        return !noun && (next.equals("whether") || next.length() > 4 && next.endsWith("ing")
                && !next.endsWith("thing") && !tokens.get(i + 1).isPunctuation());
    }

    // The token the cue opens, when a token follows it; -1 otherwise.
    private static int indexOf(Cue cue, List<TaggedToken> tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).start() == cue.start()) {
                return i;
            }
        }
        return -1;
    }
}
