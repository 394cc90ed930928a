package io.triangulate.claims.annotation;

import io.triangulate.claims.ClaimAnnotations.Attribution;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a claim is attributed to: "according to X", "X said" (or told, confirmed, noted, ...) and
 * the inverted "said X". The source is the noun phrase itself ("a senior US official"), cut
 * before an appositive ("Justin Martell, an American filmmaker" gives "Justin Martell"). A sentence
 * may attribute twice ("X said it plans to ..., according to Y"; "..., the BBC reported. A navy
 * spokesman said ..."): {@link #all} gives every attribution, {@link #attribution} the one that
 * governs the claim.
 */
public final class AttributionAnnotator {

    private static final Set<String> SAYING = Set.of("say", "tell", "state", "announce", "confirm", "report",
            "note", "add", "claim", "insist", "warn", "deny", "explain", "stress", "emphasize", "emphasise",
            "reiterate", "acknowledge", "argue", "write", "admit", "concede", "caution", "testify", "tweet", "assert",
            "predict", "highlight", "observe", "remark", "contend", "allege");
    /** Whether the lemma is a verb of saying ("say", "admit", "warn"), which attributes what follows. */
    public static boolean saying(String lemma) {
        return SAYING.contains(lemma);
    }

    // Verbs that take no object, so a phrase after them at the clause end is the speaker.
    private static final Set<String> INVERTING = Set.of("say", "add", "write", "explain", "insist", "note", "stress",
            "emphasize", "emphasise", "reiterate", "argue");
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART");
    private static final Set<String> NOT_SOURCES = Set.of("that", "which", "it", "this", "who");
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do");
    private static final Set<String> PREPOSITIONS_BEFORE_VERB = Set.of("of", "for", "with", "in", "at", "from");
    private static final Set<String> PREPOSITIONS_AFTER_VERB = Set.of("of", "for", "with");
    // what stands before a preposition inside a speaker's phrase ("a member of", "one of the crew")
    private static final Set<String> NOUN_OR_ADJECTIVE = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> CLAUSE_OPENERS = Set.of("SCONJ", "ADP", "DET", "ADJ", "CCONJ");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
    private static final int MAX_SOURCE_TOKENS = 10;
    private static final String ACCORDING_TO = "according to";

    /**
     * @return the attribution, "according to" first, then one that does not open a relative clause
     *         ("a wheelchair, which he claimed he needed, officials said": the officials say it), or
     *         null when the claim states its fact itself
     */
    public Attribution attribution(String text, List<TaggedToken> tokens) {
        List<Attribution> all = all(text, tokens);
        return all.stream().filter(a -> a.text().regionMatches(true, 0, ACCORDING_TO, 0, ACCORDING_TO.length()))
                .findFirst()
                .or(() -> all.stream().filter(a -> !inRelativeClause(a, tokens) && !quoted(a, tokens)).findFirst())
                .or(() -> all.stream().filter(a -> !inRelativeClause(a, tokens)).findFirst())
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    /**
     * Whether the attribution stands inside a quotation ("'I told the players to stay calm,' the
     * manager said": the manager says it, not "I"): more opening than closing quote marks before it,
     * or an odd number of straight ones.
     */
    private static boolean quoted(Attribution a, List<TaggedToken> tokens) {
        int depth = 0;
        int straight = 0;
        for (TaggedToken t : tokens) {
            if (t.start() >= a.start()) {
                break;
            }
            switch (t.text()) {
                case "\u201c", "``" -> depth++;
                case "\u201d", "''" -> depth = Math.max(0, depth - 1);
                case "\"" -> straight++;
                default -> { }
            }
        }
        return depth > 0 || straight % 2 == 1;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom");

    private static boolean inRelativeClause(Attribution a, List<TaggedToken> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == a.start()) {
                return RELATIVE_PRONOUNS.contains(tokens.get(i - 1).lower());
            }
        }
        return false;
    }

    /** The attributions of the text that stand outside quotations, in the order they are written. */
    public List<Attribution> unquoted(String text, List<TaggedToken> tokens) {
        return all(text, tokens).stream().filter(a -> !quoted(a, tokens)).toList();
    }

    /** Every attribution of the text, in the order they are written. */
    public List<Attribution> all(String text, List<TaggedToken> tokens) {
        List<Attribution> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 2 < tokens.size() && tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
                int end = phraseEnd(tokens, misreadNounBefore(tokens, i + 2) ? i + 3 : i + 2);
                if (end > i + 2) {
                    found.add(attribution(text, tokens, i, end, i + 2, end));
                }
            } else if ((tokens.get(i).isVerb() || sayingReadAsNoun(tokens, i)) && SAYING.contains(tokens.get(i).lemma())
                    && !addsAFigure(tokens, i)) {
                Attribution a = around(text, tokens, i);
                if (a != null) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    // "according to court records": the tagger may read the first noun of a compound as a verb
    private static boolean misreadNounBefore(List<TaggedToken> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).isVerb() && NOUNS.contains(tokens.get(i + 1).pos());
    }

    private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

    /**
     * "US officials claim that ...": the tagger reads the verb as a noun; after a plural subject
     * and before "that" it is the verb ("the claim that" and "Trump's claim that" stay nouns).
     */
    private static boolean sayingReadAsNoun(List<TaggedToken> tokens, int i) {
        return "NOUN".equals(tokens.get(i).pos()) && i > 0 && i + 1 < tokens.size()
                && tokens.get(i + 1).lower().equals("that") && SUBJECT_TAGS.contains(tokens.get(i - 1).pos())
                && tokens.get(i - 1).lower().endsWith("s");
    }

    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN");

    // "The index added 47.9 points": "add" with a figure after it is arithmetic, not speech.
    private static boolean addsAFigure(List<TaggedToken> tokens, int verb) {
        return tokens.get(verb).lemma().equals("add") && verb + 1 < tokens.size()
                && ("NUM".equals(tokens.get(verb + 1).pos()) || tokens.get(verb + 1).text().matches("[$€£]|\\d.*"));
    }

    private static Attribution around(String text, List<TaggedToken> tokens, int verb) {
        int subjectEnd = verb;
        while (subjectEnd > 0 && isAuxiliary(tokens.get(subjectEnd - 1))) {
            subjectEnd--;
        }
        if (passive(tokens, subjectEnd, verb)) {
            boolean agent = verb + 1 < tokens.size() && tokens.get(verb + 1).lower().equals("by");
            int agentEnd = agent ? phraseEnd(tokens, verb + 2) : verb + 2;
            return agentEnd > verb + 2 ? attribution(text, tokens, verb, agentEnd, verb + 2, agentEnd) : null;
        }
        int subjectStart = subjectEnd == verb && pluralTaggedAsVerb(tokens, verb - 1) ? verb - 1
                : phraseStart(tokens, subjectEnd);
        if (subjectStart < subjectEnd && !NOT_SOURCES.contains(tokens.get(subjectEnd - 1).lower())) {
            return attribution(text, tokens, subjectStart, verb + 1, subjectStart, subjectEnd);
        }
        Attribution appositive = withAppositive(text, tokens, subjectEnd, verb);
        if (appositive != null) {
            return appositive;
        }
        // "..., said the mayor" puts the speaker after the verb, at the end of the clause; after "told",
        // "denied" or "confirmed" stands what was told, denied or confirmed ("..., denied the reports").
        boolean inverted = verb > 0 && tokens.get(verb - 1).isPunctuation() && INVERTING.contains(tokens.get(verb).lemma());
        int objectEnd = phraseEnd(tokens, verb + 1);
        if (!inverted || objectEnd == verb + 1 || objectEnd < tokens.size() && !tokens.get(objectEnd).isPunctuation()) {
            return null;
        }
        return attribution(text, tokens, verb, objectEnd, verb + 1, objectEnd);
    }

    /**
     * "..., Manohar Nambiar, the navy's spokesman, said": a name, then between commas what the
     * speaker is, then the verb. The source is the name, as when the appositive follows the verb.
     */
    private static Attribution withAppositive(String text, List<TaggedToken> tokens, int subjectEnd, int verb) {
        int comma = subjectEnd - 1;
        if (comma < 1 || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int roleStart = phraseStart(tokens, comma);
        int nameEnd = roleStart - 1;
        if (roleStart == comma || nameEnd < 1 || !tokens.get(nameEnd).text().equals(",")) {
            return null;
        }
        int nameStart = phraseStart(tokens, nameEnd);
        if (nameStart == 1 && firstNameMisread(tokens)) {
            nameStart = 0;
        }
        boolean clauseOpens = nameStart == 0 || tokens.get(nameStart - 1).isPunctuation()
                || nameStart == 1 && SENTENCE_OPENERS.contains(tokens.get(0).lower());
        boolean named = nameStart < nameEnd && "PROPN".equals(tokens.get(nameEnd - 1).pos());
        return clauseOpens && named ? attribution(text, tokens, nameStart, verb + 1, nameStart, nameEnd) : null;
    }

    /**
     * "Sophie Renard, the leader of the CFDT union, told ...": the tagger may read a first name that
     * opens the sentence as some other word; a capitalised word before a name there is its first part.
     */
    private static boolean firstNameMisread(List<TaggedToken> tokens) {
        TaggedToken first = tokens.get(0);
        return first.isCapitalized() && first.text().chars().allMatch(Character::isLetter)
                && "PROPN".equals(tokens.get(1).pos()) && !StopWords.contains(first.lower())
                && !SENTENCE_OPENERS.contains(first.lower()) && !first.lower().endsWith("ly");
    }

    // Words that open a sentence before a name without a comma ("However Renard, ..., said").
    private static final Set<String> SENTENCE_OPENERS = Set.of("however", "meanwhile", "instead", "still", "later",
            "earlier", "separately", "finally", "now", "today", "yesterday", "tonight", "when", "after", "before",
            "since", "because", "although", "though", "once", "until", "unless", "whether", "perhaps", "indeed",
            "moreover", "furthermore", "nevertheless", "nonetheless", "thus", "hence", "therefore", "otherwise",
            "even", "only", "already", "again", "like", "unlike", "despite", "amid", "last", "next");

    /**
     * "was reported", "have been told": in the passive the subject is what was said or who was
     * told, and the speaker, if named at all, follows "by" ("was confirmed by police").
     */
    private static boolean passive(List<TaggedToken> tokens, int from, int verb) {
        TaggedToken v = tokens.get(verb);
        boolean participle = !v.lower().equals(v.lemma()) && !v.lower().endsWith("ing");
        return participle && tokens.subList(from, verb).stream().anyMatch(t -> t.lemma().equals("be"));
    }

    /**
     * "after witnesses said": two finite verbs in a row do not occur, so a plural "-s" word the
     * tagger reads as a verb, right before the verb of saying and after a word that opens a clause
     * or a noun phrase, is the speaker.
     */
    private static boolean pluralTaggedAsVerb(List<TaggedToken> tokens, int i) {
        if (i < 0 || !"VERB".equals(tokens.get(i).pos()) || !tokens.get(i).lower().endsWith("s")
                || tokens.get(i).lower().equals(tokens.get(i).lemma())) {
            return false;
        }
        TaggedToken before = i == 0 ? null : tokens.get(i - 1);
        return before == null || before.isPunctuation() || CLAUSE_OPENERS.contains(before.pos());
    }

    // The tagger calls "have" in "have denied" a verb, so auxiliaries are told by lemma as well.
    private static boolean isAuxiliary(TaggedToken token) {
        return "AUX".equals(token.pos()) || "ADV".equals(token.pos()) || AUXILIARY_LEMMAS.contains(token.lemma());
    }

    // "a spokesman for the air board said", "officials in Washington said": the subject runs on
    // through a preposition that says whose or where, so the speaker is the spokesman, not the board.
    private static int phraseStart(List<TaggedToken> tokens, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_SOURCE_TOKENS && (inPhrase(tokens.get(start - 1))
                && !NOT_SOURCES.contains(tokens.get(start - 1).lower())
                || start < end && start > 1 && linksNouns(tokens, start - 1, PREPOSITIONS_BEFORE_VERB))) {
            start--;
        }
        return start;
    }

    // The phrase stops at punctuation (an appositive's comma), a verb, or a relative pronoun; it runs
    // on through "of", "for" or "with" ("according to sources familiar with the talks").
    private static int phraseEnd(List<TaggedToken> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_SOURCE_TOKENS && (inPhrase(tokens.get(end))
                && !NOT_SOURCES.contains(tokens.get(end).lower())
                || end > from && end + 1 < tokens.size() && linksNouns(tokens, end, PREPOSITIONS_AFTER_VERB))) {
            end++;
        }
        return end;
    }

    // "California's air board": the tagger may call the possessive "'s" punctuation; it joins the
    // phrase. So does a name it misreads inside the sentence ("the Stoke Sentinel", "Sentinel" as a verb).
    private static boolean inPhrase(TaggedToken token) {
        return PHRASE_TAGS.contains(token.pos()) || POSSESSIVES.contains(token.text())
                || token.isCapitalized() && token.start() > 0;
    }

    // A preposition between a noun phrase and another ("spokesman for the", "familiar with the").
    private static boolean linksNouns(List<TaggedToken> tokens, int i, Set<String> prepositions) {
        return "ADP".equals(tokens.get(i).pos()) && prepositions.contains(tokens.get(i).lower())
                && NOUN_OR_ADJECTIVE.contains(tokens.get(i - 1).pos()) && PHRASE_TAGS.contains(tokens.get(i + 1).pos())
                && !NOT_SOURCES.contains(tokens.get(i + 1).lower());
    }

    private static Attribution attribution(String text, List<TaggedToken> tokens, int from, int to, int sourceFrom,
            int sourceTo) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String source = text.substring(tokens.get(sourceFrom).start(), tokens.get(sourceTo - 1).end());
        return new Attribution(text.substring(start, end), start, end, source);
    }
}
