package io.triangulate.alignment.judge;

import io.triangulate.claims.ClaimAnnotations.NumberMention;
import io.triangulate.report.parsing.TaggedToken;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of several figures of one kind on the other side stands where a figure does. A report may
 * give a film's takings at home, abroad and worldwide in one unit; a bound ("worldwide below $85
 * million") is then read against the figure the same words surround ("a worldwide total of $87.3
 * million"), not against whichever of the three it happens to allow. The words around a figure
 * are the content lemmas within {@link JudgeSettings#figureContextTokens()} tokens of it; a
 * figure has a counterpart only when one candidate shares strictly more of them than any other,
 * and at least {@link JudgeSettings#figureContextWords()}.
 */
final class FigureContext {

    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

    private final int window;
    private final int minShared;

    FigureContext(JudgeSettings settings) {
        this.window = settings.figureContextTokens();
        this.minShared = settings.figureContextWords();
    }

    /** The one candidate whose surroundings match the figure's best, or all candidates when none stands out. */
    List<NumberMention> counterparts(ClaimPair pair, NumberMention x, List<NumberMention> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        Set<String> own = words(pair.a(), x);
        NumberMention best = null;
        int bestShared = 0;
        int runnerUp = 0;
        for (NumberMention y : candidates) {
            Set<String> theirs = words(pair.b(), y);
            theirs.retainAll(own);
            if (theirs.size() > bestShared) {
                runnerUp = bestShared;
                bestShared = theirs.size();
                best = y;
            } else {
                runnerUp = Math.max(runnerUp, theirs.size());
            }
        }
        return best != null && bestShared >= minShared && bestShared > runnerUp ? List.of(best) : candidates;
    }

    /**
     * The one candidate that the same names follow as follow the figure ("300 jobs in Ohio" /
     * "120 jobs in Ohio and 300 in Texas" gives the 120), or null: names after a figure say where
     * or whose it is, and a report giving the same figures to other places has swapped them.
     */
    NumberMention placedAlike(ClaimPair pair, NumberMention x, List<NumberMention> candidates) {
        Set<String> own = namesAfter(pair.a(), x);
        if (own.isEmpty() || candidates.size() < 2) {
            return null;
        }
        List<NumberMention> alike = candidates.stream().filter(y -> namesAfter(pair.b(), y).equals(own)).toList();
        return alike.size() == 1 ? alike.get(0) : null;
    }

    // The proper nouns among the few words after a figure, up to the next figure or "and"/"or"/comma.
    private Set<String> namesAfter(ClaimView view, NumberMention n) {
        List<TaggedToken> tokens = view.tokens();
        Set<String> found = new HashSet<>();
        int last = view.tokenAt(n.end() - 1);
        for (int i = last + 1; last >= 0 && i < tokens.size() && i <= last + window; i++) {
            TaggedToken t = tokens.get(i);
            if (view.inFigure(t) || t.lower().equals("and") || t.lower().equals("or") || t.text().equals(",")) {
                break;
            }
            if ("PROPN".equals(t.pos())) {
                found.add(t.lower());
            }
        }
        return found;
    }

    // "more than" is part of the figure, not of what surrounds it, where the claim writes it there.
    private static int qualifierLength(ClaimView view, NumberMention n) {
        return NumberCheck.qualified(view, n).length() - (n.end() - n.start());
    }

    private Set<String> words(ClaimView view, NumberMention n) {
        List<TaggedToken> tokens = view.tokens();
        int first = view.tokenAt(n.start() - qualifierLength(view, n));
        int last = view.tokenAt(n.end() - 1);
        Set<String> found = new HashSet<>();
        for (int i = Math.max(0, first - window); first >= 0 && i <= Math.min(tokens.size() - 1, last + window); i++) {
            TaggedToken t = tokens.get(i);
            boolean inFigure = i >= first && i <= last;
            boolean figure = view.inFigure(t);
            if (!inFigure && !figure && CONTENT.contains(t.pos())) {
                found.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
