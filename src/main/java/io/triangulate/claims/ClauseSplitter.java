package io.triangulate.claims;

import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence that joins independent facts into one span per fact. Only two joins count:
 * a semicolon between clauses that each have a finite verb, and ", and" / ", but" / ", while"
 * followed by a new subject and its verb, when both sides are long enough to stand alone. Anything
 * less certain stays whole: a merged claim costs the comparison less than a fragment does.
 */
final class ClauseSplitter {

    private static final Set<String> JOINERS = Set.of("and", "but", "while", "yet", "whereas");
    private static final Set<String> NOT_SUBJECTS = Set.of("that", "which", "who", "whom", "whose", "what");
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART");
    private static final int MIN_TOKENS = 5;
    private static final int MAX_SUBJECT_TOKENS = 6;
    private static final int MAX_ADVERBS = 2;

    private ClauseSplitter() {
    }

    /** @param tokens the sentence's tokens, offsets relative to the sentence */
    static List<TextSpan> split(List<TaggedToken> tokens, int sentenceLength) {
        List<TextSpan> clauses = new ArrayList<>();
        int from = 0;
        int clauseStart = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            int resume = splitPoint(tokens, from, i);
            if (resume > 0) {
                clauses.add(new TextSpan(clauseStart, tokens.get(i).start()));
                clauseStart = tokens.get(resume).start();
                from = resume;
                i = resume;
            }
        }
        clauses.add(new TextSpan(clauseStart, sentenceLength));
        return clauses;
    }

    // Returns the index of the token the next clause starts at (after the joining word, so the
    // claim opens with its subject), or -1 when i is no split point.
    private static int splitPoint(List<TaggedToken> tokens, int from, int i) {
        String word = tokens.get(i).text();
        if (word.equals(";")) {
            return standsAlone(tokens, from, i) && standsAlone(tokens, i + 1, tokens.size()) ? i + 1 : -1;
        }
        boolean joiner = word.equals(",") && JOINERS.contains(tokens.get(i + 1).lower());
        if (!joiner || i + 2 >= tokens.size() || endsAList(tokens, from, i)) {
            return -1;
        }
        boolean fits = standsAlone(tokens, from, i) && standsAlone(tokens, i + 2, tokens.size())
                && opensWithSubjectAndVerb(tokens, i + 2);
        return fits ? i + 2 : -1;
    }

    // "through Malaysia, Japan, and South Korea": the comma before "and" closes a short, verbless
    // item that follows another comma, so "and" continues a list, not a sentence.
    private static boolean endsAList(List<TaggedToken> tokens, int from, int comma) {
        for (int p = comma - 1; p >= from && p >= comma - 4; p--) {
            if (tokens.get(p).text().equals(",")) {
                for (int k = p + 1; k < comma; k++) {
                    if (tokens.get(k).isVerb()) {
                        return false;
                    }
                }
                return comma - p > 1;
            }
        }
        return false;
    }

    private static boolean standsAlone(List<TaggedToken> tokens, int from, int to) {
        int words = 0;
        boolean verb = false;
        for (int i = from; i < to; i++) {
            TaggedToken token = tokens.get(i);
            words += token.isPunctuation() ? 0 : 1;
            verb |= isFiniteVerb(tokens, i);
        }
        return words >= MIN_TOKENS && verb;
    }

    private static boolean opensWithSubjectAndVerb(List<TaggedToken> tokens, int from) {
        int i = from;
        boolean nominal = false;
        while (i < tokens.size() && i - from < MAX_SUBJECT_TOKENS && inSubject(tokens.get(i), i > from)) {
            nominal |= Set.of("NOUN", "PROPN", "PRON").contains(tokens.get(i).pos());
            i++;
        }
        // "but they reportedly declined": an adverb or two may stand between the subject and its verb
        for (int adverbs = 0; adverbs < MAX_ADVERBS && i < tokens.size() && "ADV".equals(tokens.get(i).pos()); adverbs++) {
            i++;
        }
        return nominal && i < tokens.size() && isFiniteVerb(tokens, i);
    }

    // A subject may carry a prepositional phrase ("plants in Bavaria"), but not a relative clause.
    private static boolean inSubject(TaggedToken token, boolean inside) {
        boolean tagged = SUBJECT_TAGS.contains(token.pos()) || inside && "ADP".equals(token.pos());
        return tagged && !NOT_SUBJECTS.contains(token.lower());
    }

    // UD tags carry no tense, so "finite" is approximated: a verb that is not an -ing form and
    // does not follow "to".
    private static boolean isFiniteVerb(List<TaggedToken> tokens, int i) {
        TaggedToken token = tokens.get(i);
        boolean afterTo = i > 0 && tokens.get(i - 1).lower().equals("to");
        return token.isVerb() && !token.lower().endsWith("ing") && !afterTo;
    }
}
