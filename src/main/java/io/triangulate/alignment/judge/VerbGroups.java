package io.triangulate.alignment.judge;

import io.triangulate.report.parsing.TaggedToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar of a verb group as the tagger leaves it: which word is the verb a modal or a hedge
 * bears on past adverbs, "to" and auxiliaries ("may soon be required", "appears to have more than
 * doubled"), which participles the tagger read as adjectives, what a form of "be" links to, and
 * which auxiliaries and modals stand before a verb. Pure functions of a claim's tokens.
 */
final class VerbGroups {

    static final Set<String> MODALS = Set.of("would", "could", "can", "may", "might", "must", "should");
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");
    private static final int MAX_SUBJECT = 6;
    private static final Set<String> MISREAD_AFTER_MODAL = Set.of("ADJ", "NOUN", "ADV");
    // Auxiliaries the tagger may read as verbs of their own, and what a form of "be" links to.
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be");
    private static final Set<String> LINKED = Set.of("ADJ", "VERB");
    // What puts a future as sure as "will" before "to": "is scheduled to", "is due to", "is going to".
    private static final Set<String> SCHEDULED = Set.of("scheduled", "due", "set", "slated", "going");
    private static final Set<String> COMPARATIVES = Set.of("more", "less");

    private VerbGroups() {
    }

    /**
     * The verb of the clause a verb of belief opens: past "that" and a short subject ("believe
     * the fire was set" hedges "set"), or -1.
     */
    static int complementVerb(List<TaggedToken> tokens, int from) {
        int i = from < tokens.size() && tokens.get(from).lower().equals("that") ? from + 1 : from;
        int subject = 0;
        while (i < tokens.size() && subject < MAX_SUBJECT && SUBJECT_TAGS.contains(tokens.get(i).pos())) {
            i++;
            subject++;
        }
        return subject == 0 ? -1 : hedgedVerb(tokens, i);
    }

    // "was set": a form of "be" shown with the word it links, which the tagger may read as an adjective.
    static int complementEnd(List<TaggedToken> tokens, int verb) {
        boolean linking = "AUX".equals(tokens.get(verb).pos()) && verb + 1 < tokens.size();
        return linking && LINKED.contains(tokens.get(verb + 1).pos()) ? verb + 1 : verb;
    }

    // "would recover" with "recover" read as an adverb or adjective: a bare verb after a modal.
    static boolean misreadAfterModal(List<TaggedToken> tokens, int i) {
        return i > 0 && MODALS.contains(tokens.get(i - 1).lower()) && MISREAD_AFTER_MODAL.contains(tokens.get(i).pos());
    }

    // The modals of the verb group that ends at the verb ("would probably recover": "would").
    static Set<String> modalsBefore(List<TaggedToken> tokens, int verb) {
        Set<String> modals = new HashSet<>();
        for (int i = verb - 1; i >= 0 && isVerbGroupWord(tokens.get(i)); i--) {
            if (MODALS.contains(tokens.get(i).lower())) {
                modals.add(tokens.get(i).lower());
            }
        }
        return modals;
    }

    static int hedgedVerb(List<TaggedToken> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (adverbOrNot(tokens.get(i)) || "to".equals(tokens.get(i).lower())
                || auxiliaryBeforeVerb(tokens, i) || moreThan(tokens, i))) {
            i++;
        }
        return i < tokens.size() && (tokens.get(i).isVerb() || passiveParticiple(tokens, i)) ? i : -1;
    }

    // "appears to have more than doubled": "more than" bears on the verb as an adverb does
    static boolean moreThan(List<TaggedToken> tokens, int i) {
        String word = tokens.get(i).lower();
        return COMPARATIVES.contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("than")
                || word.equals("than") && i > 0 && COMPARATIVES.contains(tokens.get(i - 1).lower());
    }

    /** "were damaged": a participle after a form of "be" or "get" that the tagger read as an adjective. */
    static boolean passiveParticiple(List<TaggedToken> tokens, int i) {
        TaggedToken t = tokens.get(i);
        if (!"ADJ".equals(t.pos()) || !(t.lower().endsWith("ed") || t.lower().endsWith("en"))) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && (adverbOrNot(tokens.get(before)) || moreThan(tokens, before))) {
            before--;
        }
        return before >= 0 && ("AUX".equals(tokens.get(before).pos()) || AUXILIARY_LEMMAS.contains(tokens.get(before).lemma()));
    }

    // "be required", "was not deemed": the auxiliary carries no event of its own; "may be ill" keeps "be".
    static boolean auxiliaryBeforeVerb(List<TaggedToken> tokens, int i) {
        int next = i + 1;
        while (next < tokens.size() && (adverbOrNot(tokens.get(next)) || moreThan(tokens, next))) {
            next++;
        }
        // the tagger reads the "have" of "to have resigned" as a verb of its own
        boolean auxiliary = "AUX".equals(tokens.get(i).pos()) || AUXILIARY_LEMMAS.contains(tokens.get(i).lemma());
        return auxiliary && next < tokens.size()
                && ("VERB".equals(tokens.get(next).pos()) || passiveParticiple(tokens, next));
    }

    // "will be asked to include" / "could be required to have": the event is the infinitive, not the verb before it.
    static boolean governsInfinitive(List<TaggedToken> tokens, int verb) {
        return verb + 2 < tokens.size() && tokens.get(verb + 1).lower().equals("to") && tokens.get(verb + 2).isVerb();
    }

    static boolean scheduled(List<TaggedToken> tokens, int to) {
        return to > 0 && SCHEDULED.contains(tokens.get(to - 1).lower());
    }

    static boolean isVerbGroupWord(TaggedToken t) {
        return adverbOrNot(t) || "AUX".equals(t.pos());
    }

    // What may stand between a verb and its auxiliary or hedge: "soon", "reportedly", "not".
    static boolean adverbOrNot(TaggedToken t) {
        return "ADV".equals(t.pos()) || t.lower().equals("not");
    }
}
