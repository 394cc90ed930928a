package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import io.triangulate.claims.ClaimAnnotations.Attribution;
import io.triangulate.claims.ClaimAnnotations.Cue;
import io.triangulate.claims.annotation.AttributionAnnotator;
import io.triangulate.report.parsing.TaggedToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Certainty against hedging (HEDGE): one claim says it may, reportedly or is expected to happen,
 * the other asserts it. Each hedge one claim uses and the other does not bears on a verb, and the
 * other claim asserts that verb only where it states it happens: not hedged itself ("may" / "could
 * have tried", "will likely make"), not as an infinitive asked or planned for ("will be asked to
 * include"; a scheduled future, "is scheduled to take place", "is due to sign", is as sure as "will"),
 * under another modal ("would save", though in reported speech "would" is the "will" of the
 * speaker: "said it would declare", "warning that costs would hurt"), or as a bare "-ing" form.
 * So "reportedly" added to a sentence that already says "it appeared" is still a difference on
 * the verb it bears on. Where the other claim rewords the hedged stretch, a modal or an adverb of
 * likelihood conflicts with the verb it asserts in its place ("may take place in March" / "is
 * scheduled for March", "a rally is expected" / "a rally will take place").
 */
final class HedgeCheck implements FactCheck {

    // Hedges on the source rather than the event: "is reportedly expected to" is less sure than "is
    // expected to", whatever else hedges the verb.
    private static final Set<String> EVIDENTIAL = Set.of("reportedly", "allegedly", "purportedly", "supposedly",
            "reputedly");
    private static final Set<String> MODALS = VerbGroups.MODALS;
    // Verbs of belief whose clause states the event they hedge ("investigators believe the fire was set").
    private static final Set<String> BELIEF_VERBS = Set.of("believe", "think", "suspect", "suggest", "fear");
    // What the tagger makes of a bare verb it does not expect ("may open", "could cost").
    private static final Set<String> MISREAD_VERBS = Set.of("ADJ", "NOUN", "INTJ");

    private final Set<String> ignored;

    HedgeCheck(JudgeSettings settings) {
        this.ignored = settings.ignoredHedges();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Cue> left = hedges(pair.a());
        List<Cue> right = hedges(pair.b());
        for (Cue cue : unmatched(left, right)) {
            Conflict c = hedged(pair, cue);
            if (c != null) {
                return List.of(c);
            }
        }
        for (Cue cue : unmatched(right, left)) {
            Conflict c = hedged(pair.swapped(), cue);
            if (c != null) {
                return List.of(PolarityCheck.mirrored(c));
            }
        }
        return List.of();
    }

    // The cues of one claim the other does not use: "reportedly" added to a sentence that already says "likely".
    private static List<Cue> unmatched(List<Cue> cues, List<Cue> others) {
        return cues.stream().filter(c -> others.stream().noneMatch(o -> o.lemma().equals(c.lemma()))).toList();
    }

    /**
     * A verb of saying inside the attribution ("the scientists claim") hedges the speaker, not the
     * fact; an adverb there ("he reportedly added") makes it uncertain that the source said it.
     */
    private List<Cue> hedges(ClaimView view) {
        Attribution source = view.annotations().attribution();
        return view.annotations().hedges().stream().filter(c -> !ignored.contains(c.lemma()))
                .filter(c -> source == null || c.end() <= source.start() || c.start() >= source.end()
                        || adverb(view, c)).toList();
    }

    private static boolean adverb(ClaimView view, Cue cue) {
        int at = view.tokenAt(cue.start());
        return at >= 0 && "ADV".equals(view.tokens().get(at).pos());
    }

    /**
     * "may seek" against the same verb asserted in the other claim ("will seek"); null when the
     * other claim does not have that verb, since then the two are not saying the same thing there.
     * The hedge bears on the verb after it, past adverbs, "to" and a passive or perfect auxiliary
     * ("may soon be required", "is believed to have fled"). A hedging adverb with no verb after it
     * bears on the verb just before it ("was reportedly in private hands", "has reportedly one
     * seat"). Otherwise a cue followed by no verb ("May 2011",
     * "suggested new rules", "appear in") hedges no event the other claim could assert.
     */
    private Conflict hedged(ClaimPair pair, Cue cue) {
        List<TaggedToken> tokens = pair.a().tokens();
        int next = pair.a().tokenAt(cue.end());
        if (next < 0 || tokens.get(next).start() < cue.end() || tokens.get(next).isPunctuation()) {
            return null;
        }
        int verb = VerbGroups.hedgedVerb(tokens, next);
        boolean infinitive = MODALS.contains(cue.lemma()) || cue.lemma().endsWith(" to");
        if (verb < 0 && infinitive && MISREAD_VERBS.contains(tokens.get(next).pos())) {
            verb = next; // "may open", "are said to welcome": the tagger may read the bare verb as another word class
        }
        int cueToken = pair.a().tokenAt(cue.start());
        if (verb < 0 && cueToken > 0 && adverbial(tokens.get(cueToken)) && tokens.get(cueToken - 1).isVerb()) {
            verb = cueToken - 1;
        }
        if (verb < 0 && adverbial(tokens.get(cueToken)) && cueToken == next - 1) {
            Conflict quality = hedgedQuality(pair, next);
            if (quality != null) {
                return quality;
            }
        }
        if (verb < 0 && BELIEF_VERBS.contains(cue.lemma())) {
            verb = VerbGroups.complementVerb(tokens, next); // "believe the fire was set": the belief hedges "set"
        }
        if (verb < 0 && PREDICATES.contains(cue.lemma())) {
            // "a rally is expected on Friday" / "a rally will take place on Friday": the hedge is the predicate
            Set<String> reported = reportedSpeech(pair.b()) ? ignored : Set.of();
            String inPlace = assertedInPlace(pair, cueToken, new HashSet<>(reported));
            return inPlace == null ? null
                    : new Conflict(DifferenceKind.HEDGE, pair.a().words(cueToken, pair.a().tokenAt(cue.end() - 1) + 1),
                            inPlace, "differ in certainty");
        }
        if (verb < 0) {
            return null;
        }
        Set<String> notHedging = VerbGroups.modalsBefore(tokens, verb);
        if (reportedSpeech(pair.b())) {
            notHedging.addAll(ignored); // "said the government would declare": the "will" of reported speech
        }
        boolean evidential = EVIDENTIAL.contains(cue.lemma());
        String asserted = asserted(pair.b(), tokens.get(verb), pair.counterpart(verb), evidential, notHedging);
        if (asserted == null && REWORDABLE.contains(cue.lemma()) && !VerbGroups.governsInfinitive(tokens, verb)
                && !hasVerb(pair.b(), tokens.get(verb))) {
            asserted = assertedInPlace(pair, verb, notHedging); // "may take place in March" / "is scheduled for March"
        }
        int from = Math.min(cueToken, verb);
        while (from > 0 && MODALS.contains(tokens.get(from - 1).lower())) {
            from--; // "would probably recover", shown with the modal both claims share
        }
        String hedged = pair.a().words(from, Math.max(cueToken, VerbGroups.complementEnd(tokens, verb)) + 1);
        return asserted == null ? null : new Conflict(DifferenceKind.HEDGE, hedged, asserted, "differ in certainty");
    }

    /**
     * The verb as the other claim asserts it: not as an infinitive under another verb ("asked to
     * include"), a bare "-ing" form ("harming"), after a modal other than "will" ("would face", "can
     * use"), or as the auxiliary of another verb ("was" in "was not deemed"), none of which states
     * that it happens. The verb is the same lemma or the same word: the lemmatizer may give one
     * word two lemmas in two sentences ("credited" as "credite" and "credited").
     */
    private static String asserted(ClaimView view, TaggedToken verb, int aligned, boolean evidential,
            Set<String> notHedging) {
        List<TaggedToken> tokens = view.tokens();
        String found = null;
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            // "trade passes through" read as two nouns: the diff still pairs "passes" with "could pass"
            boolean misread = i == aligned && MISREAD_VERBS.contains(t.pos());
            if (!sameVerb(t, verb) || !(t.isVerb() || VerbGroups.passiveParticiple(tokens, i) || VerbGroups.misreadAfterModal(tokens, i) || misread)
                    || VerbGroups.auxiliaryBeforeVerb(tokens, i)) {
                continue;
            }
            Reading reading = reading(view, i, evidential, notHedging);
            if (reading.hedged()) {
                return null;
            }
            if (found == null) {
                found = reading.words();
            }
        }
        return found;
    }

    /**
     * How the claim states the verb at {@code i}: hedged too ("might have tried", "will likely
     * make"), asserted (with its auxiliaries: "will take", "is scheduled to take"), or neither (an
     * infinitive asked or planned for, a bare "-ing" form).
     */
    private static Reading reading(ClaimView view, int i, boolean evidential, Set<String> notHedging) {
        List<TaggedToken> tokens = view.tokens();
        int from = i;
        int before = i - 1;
        boolean aux = false;
        while (before >= 0 && VerbGroups.isVerbGroupWord(tokens.get(before))) {
            TaggedToken word = tokens.get(before);
            // a modal both claims put before the verb ("would recover" / "would probably recover") is no hedge of this one's own
            boolean hedgedToo = !notHedging.contains(word.lower()) && (MODALS.contains(word.lemma()) || isCue(view, word));
            if (hedgedToo && (!evidential || EVIDENTIAL.contains(word.lower()))) {
                return Reading.HEDGED; // "might have tried", "will likely make": this claim hedges the verb too
            }
            if ("AUX".equals(word.pos())) {
                aux = true;
                from = before;
            }
            before--;
        }
        if (!evidential && hedgedAfter(view, i)) {
            return Reading.HEDGED; // "was probably the last" against "was likely the last": hedged after the verb
        }
        TaggedToken previous = before >= 0 ? tokens.get(before) : null;
        boolean scheduled = previous != null && previous.lower().equals("to") && VerbGroups.scheduled(tokens, before);
        if (previous != null && previous.lower().equals("to") && !scheduled || tokens.get(i).lower().endsWith("ing") && !aux) {
            return Reading.NONE;
        }
        if (scheduled) {
            from = before - 1 > 0 && "AUX".equals(tokens.get(before - 2).pos()) ? before - 2 : before - 1;
        }
        return new Reading(false, view.words(from, VerbGroups.complementEnd(tokens, i) + 1));
    }

    /** A verb as a claim states it: hedged, not stated as happening (no words), or asserted in these words. */
    private record Reading(boolean hedged, String words) {
        static final Reading HEDGED = new Reading(true, null);
        static final Reading NONE = new Reading(false, null);
    }

    /**
     * The other claim's words where it rewords the hedged stretch and asserts an event there: "is
     * expected on Friday" / "will take place on Friday", "may take place in March" / "is scheduled
     * for March". The stretch is narrow, and the other side neither hedges nor negates nor expects
     * ("organisers expect a rally"), so that it states the event the hedge bears on, in other words.
     */
    private static String assertedInPlace(ClaimPair pair, int at, Set<String> notHedging) {
        Hunk h = Spans.hunkAt(pair, at);
        if (h == null || h.aTo() - h.aFrom() > MAX_REWORDED || h.bTo() - h.bFrom() > MAX_REWORDED
                || negates(pair.a(), h.aFrom(), h.aTo()) || negates(pair.b(), h.bFrom(), h.bTo())) {
            return null;
        }
        List<TaggedToken> tokens = pair.b().tokens();
        String found = null;
        for (int j = h.bFrom(); j < h.bTo(); j++) {
            TaggedToken t = tokens.get(j);
            boolean hedging = !notHedging.contains(t.lower()) && (isCue(pair.b(), t) || MODALS.contains(t.lower()));
            if (hedging || EXPECTING.contains(t.lemma()) || AttributionAnnotator.saying(t.lemma())) {
                return null;
            }
            if (found == null && (t.isVerb() || VerbGroups.passiveParticiple(tokens, j)) && !VerbGroups.auxiliaryBeforeVerb(tokens, j)
                    && !"AUX".equals(t.pos()) && !VerbGroups.governsInfinitive(tokens, j)) {
                Reading reading = reading(pair.b(), j, false, notHedging);
                if (reading.hedged()) {
                    return null;
                }
                found = reading.words();
            }
        }
        return found;
    }

    // Cues that hedge whatever verb stands in their place, and those that are a predicate of their own.
    private static final Set<String> REWORDABLE = Set.of("may", "might", "could", "be expected", "be possible", "likely", "unlikely",
            "probably", "possibly", "perhaps", "potentially");
    private static final Set<String> PREDICATES = Set.of("be expected", "be possible");

    // How wide a reworded stretch may be, per side, for its verb to stand for the hedged one.
    private static final int MAX_REWORDED = 4;
    // Verbs that look ahead rather than state: "organisers expect a rally" is no more certain than "a rally is expected".
    private static final Set<String> EXPECTING = Set.of("expect", "anticipate", "predict", "forecast", "project",
            "estimate", "plan", "intend", "hope", "aim", "seek", "want", "propose", "consider", "fear", "believe",
            "think", "suggest", "appear", "seem");

    private static boolean negates(ClaimView view, int from, int to) {
        return view.annotations().negations().stream().map(c -> view.tokenAt(c.start())).anyMatch(k -> k >= from && k < to);
    }

    private static boolean hasVerb(ClaimView view, TaggedToken verb) {
        return view.tokens().stream().anyMatch(t -> sameVerb(t, verb));
    }

    /**
     * Whether the claim reports speech, with or without a speaker the attribution annotator took
     * ("warning that costs would hurt", "the lawyer, Patricia Gomez, said her client would
     * appeal"): a verb of saying, or its "-ing" form read as a noun.
     */
    private static boolean reportedSpeech(ClaimView view) {
        return view.annotations().attribution() != null || view.tokens().stream().anyMatch(t -> {
            String verb = "VERB".equals(t.pos()) ? t.lemma() : Lexicon.verbOf(t.text());
            return verb != null && AttributionAnnotator.saying(verb);
        });
    }

    // A hedging adverb just after the verb, past "not": "was probably", "is likely".
    private static boolean hedgedAfter(ClaimView view, int verb) {
        int next = verb + 1;
        while (next < view.tokens().size() && view.tokens().get(next).lower().equals("not")) {
            next++;
        }
        return next < view.tokens().size() && adverbial(view.tokens().get(next)) && isCue(view, view.tokens().get(next));
    }

    /**
     * "a possibly carcinogenic impurity" / "a carcinogenic impurity": an adverb of likelihood right
     * before an adjective (which the tagger may read as a noun) hedges that quality, and the other
     * claim states it plainly when it has the same word with no hedge of its own before it.
     */
    private static Conflict hedgedQuality(ClaimPair pair, int word) {
        TaggedToken quality = pair.a().tokens().get(word);
        boolean adjective = "ADJ".equals(quality.pos())
                || "NOUN".equals(quality.pos()) && Lexicon.listed(quality.lower(), POS.ADJECTIVE);
        if (!adjective) {
            return null;
        }
        List<TaggedToken> other = pair.b().tokens();
        for (int i = 0; i < other.size(); i++) {
            TaggedToken t = other.get(i);
            if (t.lower().equals(quality.lower()) && (i == 0 || !isCue(pair.b(), other.get(i - 1)))) {
                return new Conflict(DifferenceKind.HEDGE, pair.a().words(word - 1, word + 1), t.text(),
                        "differ in certainty");
            }
        }
        return null;
    }

    // "reportedly", and "likely" which the tagger reads as an adjective after "is" ("is likely part of")
    private static boolean adverbial(TaggedToken cue) {
        return "ADV".equals(cue.pos()) || "ADJ".equals(cue.pos()) && LIKELIHOOD.contains(cue.lower());
    }

    private static final Set<String> LIKELIHOOD = Set.of("likely");

    private static boolean sameVerb(TaggedToken t, TaggedToken verb) {
        return t.lemma().equals(verb.lemma()) || t.lower().equals(verb.lower());
    }

    private static boolean isCue(ClaimView view, TaggedToken t) {
        return view.annotations().hedges().stream().anyMatch(c -> c.start() <= t.start() && t.end() <= c.end());
    }
}
