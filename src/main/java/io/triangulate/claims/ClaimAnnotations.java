package io.triangulate.claims;

import java.util.List;

/**
 * What the comparison engine compares between two claims. Stored with the claim as JSON, so
 * fields may be added but not renamed.
 *
 * @param lemmas       lower-case lemmas of the content words, in order (stop words left out)
 * @param numbers      quantities with their units ("five-day", "$4 million", "12 percent")
 * @param dates        dates and times, normalised against the report's publication date
 * @param entities     named entities (multi-word PROPN runs)
 * @param negations    negation cues ("not", "no", "never", "denied", "without")
 * @param hedges       hedge cues ("may", "reportedly", "suggested", "could")
 * @param attribution  who the claim is attributed to, or null when the report states it itself
 * @param tense        whether the claim reports something that happened, is happening or is expected
 */
public record ClaimAnnotations(
        List<String> lemmas,
        List<NumberMention> numbers,
        List<DateMention> dates,
        List<EntityMention> entities,
        List<Cue> negations,
        List<Cue> hedges,
        Attribution attribution,
        Tense tense) {

    /** A quantity: the words as written, its value, its unit ("day", "usd", "percent", "home"), and a qualifier ("at least", "about") if any. */
    public record NumberMention(String text, int start, int end, double value, String unit, String qualifier) {
    }

    /**
     * A date or time: the words as written and the resolved value in ISO form at the precision
     * the words give ("2019", "2019-06", "2025-10-28", "2025-10-28T04:00"); null value when it
     * cannot be resolved.
     */
    public record DateMention(String text, int start, int end, String value) {
    }

    /** A named entity: the words as written and a normalised key for matching (lower case, no "the"). */
    public record EntityMention(String text, int start, int end, String key) {
    }

    /** A cue word or phrase (negation or hedge) and its lemma. */
    public record Cue(String text, int start, int end, String lemma) {
    }

    /** Who says it: the words as written ("officials said") and the source ("officials"). */
    public record Attribution(String text, int start, int end, String source) {
    }

    /** When the claim places its fact. */
    public enum Tense {
        PAST, PRESENT, FUTURE
    }
}
