package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.claims.ClaimAnnotations.Attribution;
import io.triangulate.claims.annotation.AttributionAnnotator;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.extjwnl.data.POS;

/**
 * Different sources for the same fact (ATTRIBUTION): both claims attribute it, to sources that
 * cannot be the same. A source on one side only, or a name or pronoun against a definite
 * description ("Trump" / "the president", "he" / "her spokesman") is no conflict: the reports may
 * well mean one person. A name or pronoun against an indefinite or plural source ("Owen" / "a
 * family friend", "he" / "witnesses") is: one known person is not some new other or a group. "He"
 * or "she" against a description that names no person ("the company", "police") is too. A claim
 * that attributes twice ("X said ..., according to Y") is compared source by source, in order,
 * when the other claim attributes as often; otherwise by the attribution that governs each claim.
 * Sources of one kind that end in other names ("analysts at Deutsche Bank" / "analysts at
 * Commerzbank", "ECB President Christine Lagarde" / "ECB chief economist Philip Lane") differ too,
 * as do a body named by what it is and a body of another kind ("the Treasury" / "the bank").
 */
final class AttributionCheck implements FactCheck {

    // Generic words for officialdom that reports use interchangeably for one unnamed source.
    private static final Set<String> OFFICIAL = Set.of("official", "authority", "government", "spokesman",
            "spokeswoman", "spokesperson", "police", "officer", "ministry", "administration", "source");

    private static final Set<String> TIMES = Set.of("year", "month", "week", "day", "time", "today", "yesterday");

    // Nouns that count or group people: "a number of witnesses" are witnesses.
    private static final Set<String> QUANTITIES = Set.of("number", "group", "couple", "handful", "majority", "lot",
            "dozen", "dozens", "hundreds", "thousands", "pair", "team", "panel");

    // Words that rank or place officials without naming whose they are.
    private static final Set<String> GENERIC = Set.of("senior", "top", "high", "ranking", "high-ranking", "other",
            "unnamed", "anonymous", "former", "current", "local", "many", "several", "some", "both", "all",
            "relevant", "key", "chief");

    // Nouns for many people or outlets at once, plural in meaning whatever their form.
    private static final Set<String> GROUPS = Set.of("media", "press", "people", "public");

    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

    private static final Set<String> INDEFINITE = Set.of("a", "an", "some", "several", "many", "two", "three");

    // He and she stand for a person, never for an organisation or a group.
    private static final Set<String> PERSONAL = Set.of("he", "she");
    // They and we stand for whoever the report named before: a group, an organisation, its people.
    private static final Set<String> ANYONE = Set.of("they", "we");

    private final AttributionAnnotator annotator = new AttributionAnnotator();
    private final WordSimilarity words;

    AttributionCheck(WordSimilarity words) {
        this.words = words;
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Attribution> xs = annotator.unquoted(pair.a().text(), pair.a().tokens());
        List<Attribution> ys = annotator.unquoted(pair.b().text(), pair.b().tokens());
        if (xs.size() > 1 && xs.size() == ys.size()) {
            for (int i = 0; i < xs.size(); i++) {
                Conflict c = conflict(pair, xs.get(i), ys.get(i));
                if (c != null && !matchedElsewhere(pair, xs.get(i), ys) && !matchedElsewhere(pair.swapped(), ys.get(i), xs)) {
                    return List.of(c);
                }
            }
            return List.of();
        }
        Conflict c = conflict(pair, pair.a().annotations().attribution(), pair.b().annotations().attribution());
        return c == null ? List.of() : List.of(c);
    }

    /**
     * A source written as a name, capitalised inside the sentence, that the other claim mentions
     * ("... Lindows said" / "The company added, ... Lindows.com will not ..."): the other report's
     * source, unless an indefinite or plural one ("a family friend", "analysts"), may well be the one
     * it names.
     */
    private static boolean nameTheOtherMentions(ClaimPair pair, Attribution x, List<TaggedToken> source,
            List<TaggedToken> otherSource) {
        boolean name = source.stream().allMatch(t -> t.isCapitalized() && t.start() > 0 || "DET".equals(t.pos()))
                && source.stream().anyMatch(TaggedToken::isCapitalized);
        return name && !someoneElse(otherSource) && Names.mentionedByItsEnd(x.source(), pair.b());
    }

    // "He said witnesses told ..." / "Witnesses told ..., according to him": the same sources in another order.
    private boolean matchedElsewhere(ClaimPair pair, Attribution x, List<Attribution> ys) {
        return ys.stream().anyMatch(y -> conflict(pair, x, y) == null);
    }

    private Conflict conflict(ClaimPair pair, Attribution x, Attribution y) {
        if (x == null || y == null) {
            return null;
        }
        List<TaggedToken> wholeLeft = sourceTokens(pair.a(), x);
        List<TaggedToken> wholeRight = sourceTokens(pair.b(), y);
        List<TaggedToken> left = head(wholeLeft);
        List<TaggedToken> right = head(wholeRight);
        if (left.isEmpty() || right.isEmpty() || Names.sameName(x.source(), y.source())
                || nameTheOtherMentions(pair, x, left, right) || nameTheOtherMentions(pair.swapped(), y, right, left)
                || describedAs(pair.a(), x, right) || describedAs(pair.b(), y, left) || reordered(wholeLeft, wholeRight)
                || sameNameEnding(left, right)
                || !differ(pair, x, wholeLeft, left, y, wholeRight, right)
                        && !otherNamesAfter(pair, wholeLeft, left, wholeRight, right)) {
            return null;
        }
        return new Conflict(DifferenceKind.ATTRIBUTION, x.source(), y.source(), "attribute this to different sources");
    }

    // left and right: the sources up to their first preposition (head); whole: the sources as written
    private boolean differ(ClaimPair pair, Attribution x, List<TaggedToken> wholeLeft, List<TaggedToken> left,
            Attribution y, List<TaggedToken> wholeRight, List<TaggedToken> right) {
        if (timeWord(left) || timeWord(right)) {
            return false;
        }
        if (ANYONE.contains(left.get(0).lower()) || ANYONE.contains(right.get(0).lower())) {
            return false;
        }
        if (pronoun(left) || pronoun(right)) {
            List<TaggedToken> other = pronoun(left) ? right : left;
            boolean personal = PERSONAL.contains((pronoun(left) ? left : right).get(0).lower());
            return pronoun(left) != pronoun(right) && (someoneElse(other) || personal && noPerson(other));
        }
        if (official(nouns(left)) && official(nouns(right))) {
            return otherBodies(left, right) || spokespersonOfABodyForOfficials(left, right)
                    || spokespersonOfABodyForOfficials(right, left)
                    || otherOwners(pair, wholeLeft, left, wholeRight, right);
        }
        if (named(left) != named(right) && !sameCapitalised(left, right)) {
            List<TaggedToken> description = named(left) ? right : left;
            List<TaggedToken> name = named(left) ? left : right;
            return someoneElse(description) || namedPerson(name) && noPerson(description)
                    || acronym(name) && person(description) // "SNCF said" / "the transport minister said"
                    || otherNamedBody(name, description);
        }
        if (named(left) && named(right) && !sameNames(left, right) && !sameCapitalised(left, right)) {
            if (!nouns(left).isEmpty() && !nouns(right).isEmpty()) {
                return otherBodies(left, right); // "a senior US official" / "a South Korean diplomat"
            }
            // the names within the sources: "Lindows" is mentioned where "Lindows.com" is
            return !Names.mentionedByItsEnd(nameWithin(left, x), pair.b()) && !Names.mentionedByItsEnd(nameWithin(right, y), pair.a());
        }
        List<String> nouns = nouns(left);
        List<String> others = nouns(right);
        return !nouns.isEmpty() && !others.isEmpty()
                && (nouns.stream().noneMatch(n -> others.stream().anyMatch(o -> sameKind(n, o)))
                        || otherBodies(left, right));
    }

    /**
     * One source with its words in another order: the same names and the same kind of speaker
     * ("analysts at Deutsche Bank" / "Deutsche Bank analysts").
     */
    private boolean reordered(List<TaggedToken> left, List<TaggedToken> right) {
        Set<String> names = nameWords(left);
        List<String> a = nouns(left);
        List<String> b = nouns(right);
        return !names.isEmpty() && names.equals(nameWords(right)) && !a.isEmpty() && !b.isEmpty()
                && sameKind(a.get(a.size() - 1), b.get(b.size() - 1));
    }

    // "boss Don Meij" / "chairman Don Meij": one person, whatever the office each report gives him
    private static boolean sameNameEnding(List<TaggedToken> left, List<TaggedToken> right) {
        String a = endingName(left, List.of());
        return a != null && a.contains(" ") && a.equalsIgnoreCase(endingName(right, List.of()));
    }

    // Words written as names: capitalised inside the sentence, or read as a proper noun at its start.
    private static Set<String> nameWords(List<TaggedToken> source) {
        return source.stream().filter(t -> t.isCapitalized() && (t.start() > 0 || "PROPN".equals(t.pos())))
                .map(TaggedToken::lower).collect(Collectors.toSet());
    }

    /**
     * Sources of one kind whose names differ where they end: whose they are ("analysts at Deutsche
     * Bank" / "analysts at Commerzbank", "officials in Ankara" / "officials in Athens"), or who they
     * are ("ECB President Christine Lagarde" / "ECB chief economist Philip Lane"). Each side must
     * end in a name, and neither name may be mentioned in the other claim.
     */
    private static boolean otherNamesAfter(ClaimPair pair, List<TaggedToken> wholeLeft, List<TaggedToken> left,
            List<TaggedToken> wholeRight, List<TaggedToken> right) {
        String a = endingName(wholeLeft.size() > left.size() ? wholeLeft.subList(left.size(), wholeLeft.size()) : left,
                wholeRight);
        String b = endingName(wholeRight.size() > right.size() ? wholeRight.subList(right.size(), wholeRight.size()) : right,
                wholeLeft);
        return a != null && b != null && (wholeLeft.size() > left.size()) == (wholeRight.size() > right.size())
                && !Names.sameName(a, b) && !Names.mentioned(a, pair.b()) && !Names.mentioned(b, pair.a());
    }

    /**
     * The capitalised words that end a source, less those the other source has too ("ECB"), or
     * null; a lone capitalised first word of the sentence is no evidence of a name.
     */
    private static String endingName(List<TaggedToken> source, List<TaggedToken> other) {
        int from = source.size();
        while (from > 0 && source.get(from - 1).isCapitalized() && !"DET".equals(source.get(from - 1).pos())) {
            from--;
        }
        List<String> words = source.subList(from, source.size()).stream().map(TaggedToken::text)
                .filter(w -> other.stream().noneMatch(t -> t.text().equalsIgnoreCase(w))).toList();
        boolean sentenceStart = words.size() == 1 && from == 0 && source.get(0).start() == 0;
        return words.isEmpty() || sentenceStart ? null : String.join(" ", words);
    }

    /**
     * "Arthur Benson, attorney for the plaintiffs, said" / "An attorney for the plaintiffs said": the
     * claim itself describes its named source, between commas, as what the other source is. The
     * description ends at a comma, at the verb of saying or with the sentence; the words after an
     * opening "According to the company," are the claim itself.
     */
    private boolean describedAs(ClaimView view, Attribution a, List<TaggedToken> other) {
        List<String> described = nouns(other);
        if (described.isEmpty()) {
            return false;
        }
        List<TaggedToken> source = sourceTokens(view, a);
        int next = source.isEmpty() ? -1 : view.tokens().indexOf(source.get(source.size() - 1)) + 1;
        if (next <= 0 || next >= view.tokens().size() || !view.tokens().get(next).text().equals(",")) {
            return false;
        }
        List<TaggedToken> appositive = new ArrayList<>();
        boolean closed = false;
        for (int i = next + 1; i < view.tokens().size() && appositive.size() < MAX_APPOSITIVE; i++) {
            TaggedToken t = view.tokens().get(i);
            boolean possessive = t.text().equals("'s") || t.text().equals("’s"); // "the navy's chief spokesman"
            if (t.isPunctuation() && !possessive || t.isVerb()) {
                closed = t.text().equals(",") || t.text().equals(".")
                        || t.isVerb() && AttributionAnnotator.saying(t.lemma());
                break;
            }
            appositive.add(t);
        }
        if (!closed) {
            return false; // "According to the company Entergy, about 410,000 homes remained ...": the claim goes on
        }
        List<String> role = nouns(head(appositive));
        return !role.isEmpty() && sameKind(role.get(role.size() - 1), described.get(described.size() - 1));
    }

    private static final int MAX_APPOSITIVE = 8;

    // "lawmaker" / "legislator": the same word, WordNet synonyms, or one a kind of the other; or
    // words the vectors put as close as synonyms WordNet misses ("company" / "firm").
    private boolean sameKind(String noun, String other) {
        return Lexicon.relation(noun, other, POS.NOUN).alike() || words.of(noun, other) >= LexicalCheck.NEAR_SYNONYM;
    }

    /**
     * The source up to its first preposition: "a spokesman for the air board" is a spokesman,
     * "officials in Washington" are officials; what follows says whose or where.
     */
    private static List<TaggedToken> head(List<TaggedToken> source) {
        for (int i = 1; i < source.size(); i++) {
            if ("ADP".equals(source.get(i).pos()) && !quantity(source.subList(0, i))) {
                return source.subList(0, i);
            }
        }
        return source;
    }

    // "a number of witnesses", "some of the officers": the words before "of" only count them.
    private static boolean quantity(List<TaggedToken> before) {
        return before.stream().noneMatch(t -> ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))
                && !QUANTITIES.contains(t.lower()));
    }

    private static boolean official(List<String> nouns) {
        return nouns.stream().anyMatch(OFFICIAL::contains);
    }

    /**
     * Sources of two different bodies: both say whose officials or spokespeople they are, or are a
     * body themselves, and no word of one names the other's body ("Egyptian authorities" /
     * "hospital officials", "Police" / "a government spokeswoman"). Officials with no body named
     * ("officials", "senior officials") may be anyone's, and one body under two names ("U.S." /
     * "American", "the company" / "the firm") is one.
     */
    private boolean otherBodies(List<TaggedToken> left, List<TaggedToken> right) {
        return differentBodies(bodyWords(left), bodyWords(right));
    }

    // Two bodies' words: both given, none shared, not one body under two names ("company" / "firm").
    private boolean differentBodies(List<String> a, List<String> b) {
        boolean oneBodyRenamed = a.size() == 1 && b.size() == 1 && sameKind(a.get(0), b.get(0));
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains) && !oneBodyRenamed
                && !Names.sameName(String.join(" ", a), String.join(" ", b));
    }

    /**
     * Officials or spokespeople of two different bodies where one or both say whose they are after
     * the head ("a White House spokeswoman" / "a spokesman for Governor Ellen Marquez", "a spokesperson
     * for Interior Health" / "a spokesperson for the airline"): the bodies share no word, are not one
     * body under two names, and neither is mentioned in the other claim.
     */
    private boolean otherOwners(ClaimPair pair, List<TaggedToken> wholeLeft, List<TaggedToken> left,
            List<TaggedToken> wholeRight, List<TaggedToken> right) {
        List<String> ownerLeft = owner(wholeLeft, left);
        List<String> ownerRight = owner(wholeRight, right);
        if (ownerLeft.isEmpty() && ownerRight.isEmpty()) {
            return false;
        }
        List<String> a = new ArrayList<>(bodyWords(left));
        a.addAll(ownerLeft);
        List<String> b = new ArrayList<>(bodyWords(right));
        b.addAll(ownerRight);
        return differentBodies(a, b) && !Names.mentioned(String.join(" ", a), pair.b())
                && !Names.mentioned(String.join(" ", b), pair.a());
    }

    private static final Set<String> OWNING = Set.of("for", "of", "at");
    private static final Set<String> NOUNS = Set.of("NOUN", "PROPN");

    // The body named after the head by "for", "of" or "at": its names and nouns ("for the airline": airline).
    private static List<String> owner(List<TaggedToken> whole, List<TaggedToken> head) {
        if (whole.size() <= head.size() + 1 || !OWNING.contains(whole.get(head.size()).lower())) {
            return List.of();
        }
        return whole.subList(head.size() + 1, whole.size()).stream()
                .filter(t -> NOUNS.contains(t.pos()) || t.isCapitalized() && !"DET".equals(t.pos()))
                .filter(t -> !GENERIC.contains(t.lower()))
                .map(t -> "NOUN".equals(t.pos()) ? t.lemma() : t.lower()).toList();
    }

    // The words before the head noun that name a body (nouns, names, adjectives written with a
    // capital: "Egyptian"; not the generic ones that only rank or count), and the head itself when it
    // is no person ("police", "the company").
    private static List<String> bodyWords(List<TaggedToken> source) {
        List<String> out = new ArrayList<>();
        int head = -1;
        for (int i = 0; i < source.size(); i++) {
            if ("NOUN".equals(source.get(i).pos())) {
                head = i;
            }
        }
        for (int i = 0; i < source.size(); i++) {
            TaggedToken t = source.get(i);
            String word = t.lower();
            if (i == head) {
                if (!Lexicon.person(t.lemma())) {
                    out.add(t.lemma()); // "police", "the company": the body itself
                }
                break;
            }
            // "hospital officials": the tagger may read a noun before the head as an adjective
            boolean nounAsAdjective = "ADJ".equals(t.pos()) && !Lexicon.listed(word, POS.ADJECTIVE)
                    && Lexicon.listed(word, POS.NOUN);
            boolean named = "NOUN".equals(t.pos()) || "PROPN".equals(t.pos())
                    || "ADJ".equals(t.pos()) && t.isCapitalized() || nounAsAdjective;
            if (named && !GENERIC.contains(word) && !QUANTITIES.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** A name said to be a person's: it comes with a word for a person ("general manager AJ Butler"). */
    private static boolean namedPerson(List<TaggedToken> source) {
        return source.stream().anyMatch(t -> "NOUN".equals(t.pos()) && Lexicon.person(t.lemma()));
    }

    /**
     * A name: a proper noun, or what the tagger may miss as one, a word in capitals ("EDS") or a
     * capitalised word inside the sentence ("the SEC", "Lindows").
     */
    private static boolean named(List<TaggedToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            boolean capitals = t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
            if ("PROPN".equals(t.pos()) || capitals || i > 0 && t.isCapitalized() && !"DET".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }

    // The capitalised words of a source, or the whole source when it has none written so.
    private static String nameWithin(List<TaggedToken> source, Attribution a) {
        String name = String.join(" ", source.stream().filter(t -> t.isCapitalized() && !"DET".equals(t.pos()))
                .map(TaggedToken::text).toList());
        return name.isEmpty() ? a.source() : name;
    }

    /** An indefinite ("a family friend") or plural ("witnesses", "hospital officials", "local media") description. */
    private static boolean someoneElse(List<TaggedToken> description) {
        if (INDEFINITE.contains(description.get(0).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<TaggedToken> nouns = description.stream().filter(t -> "NOUN".equals(t.pos())).toList();
        if (nouns.isEmpty()) {
            return false;
        }
        TaggedToken head = nouns.get(nouns.size() - 1);
        return !head.text().equalsIgnoreCase(head.lemma()) || GROUPS.contains(head.lemma());
    }

    /**
     * "The Treasury said" / "The bank said": a body named by the word for what it is, against a body
     * of another kind. Either may be anyone's in general, but a treasury is no bank. Words for
     * officialdom ("the government", "the ministry") may stand for any public body, and a person
     * ("the minister") may speak for the named body.
     */
    private boolean otherNamedBody(List<TaggedToken> name, List<TaggedToken> description) {
        if (name.size() != 2 || !name.get(0).lower().equals("the") || !name.get(1).isCapitalized()
                || !description.get(0).lower().equals("the")) {
            return false;
        }
        String named = name.get(1).lower();
        String head = headNoun(description);
        return head != null && Lexicon.body(named) && Lexicon.body(head) && noPerson(description)
                && !OFFICIAL.contains(head) && !OFFICIAL.contains(named) && !sameKind(named, head);
    }

    // A body written in capitals ("SNCF", "CGT"): an organisation, no person.
    private static boolean acronym(List<TaggedToken> name) {
        return name.size() == 1 && name.get(0).text().length() >= 2 && name.get(0).text().chars().allMatch(Character::isUpperCase);
    }

    /** A description whose head noun is a person ("the transport minister"). */
    private static boolean person(List<TaggedToken> description) {
        String head = headNoun(description);
        return head != null && Lexicon.person(head);
    }

    /** A description whose head noun cannot be a person in any sense ("the company", "police"). */
    private static boolean noPerson(List<TaggedToken> description) {
        String head = headNoun(description);
        return head != null && !Lexicon.person(head);
    }

    // The lemma of the description's last noun, or null.
    private static String headNoun(List<TaggedToken> description) {
        List<TaggedToken> nouns = description.stream().filter(t -> "NOUN".equals(t.pos())).toList();
        return nouns.isEmpty() ? null : nouns.get(nouns.size() - 1).lemma();
    }

    /** "he" or "she" alone: someone the report introduced before, not "a spokesman" it introduces now. */
    private static boolean pronoun(List<TaggedToken> tokens) {
        return tokens.size() == 1 && "PRON".equals(tokens.get(0).pos());
    }

    /** "Orange officials" / "Orange authorities": one organisation; its descriptions are compared next. */
    private static boolean sameNames(List<TaggedToken> left, List<TaggedToken> right) {
        return names(left).equals(names(right));
    }

    /**
     * "Palmer officials" / "Palmer authorities": the tagger may call "Palmer" a proper noun on one
     * side only; the same capitalised words on both sides name the same organisation.
     */
    private static boolean sameCapitalised(List<TaggedToken> left, List<TaggedToken> right) {
        List<String> capitalised = capitalised(left);
        return !capitalised.isEmpty() && capitalised.equals(capitalised(right));
    }

    private static List<String> capitalised(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)))
                .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> names(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> "PROPN".equals(t.pos())).map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    // A source is a noun phrase: a last word the tagger read as a verb ("after witnesses said") is its head noun.
    private static List<TaggedToken> sourceTokens(ClaimView view, Attribution a) {
        int from = view.text().indexOf(a.source(), a.start());
        int to = from + a.source().length();
        List<TaggedToken> source = new ArrayList<>(
                view.tokens().stream().filter(t -> from >= 0 && t.start() >= from && t.end() <= to).toList());
        if (!source.isEmpty() && source.get(0).start() == 0 && "PROPN".equals(source.get(0).pos())
                && Lexicon.commonPlural(source.get(0).text())) {
            TaggedToken first = source.get(0); // "Meteorologists warned": capitalised only as the sentence's first word
            source.set(0, new TaggedToken(first.text(), first.start(), first.end(), "NOUN", first.lower()));
        }
        int last = source.size() - 1;
        if (last >= 0 && "VERB".equals(source.get(last).pos())) {
            TaggedToken verb = source.get(last);
            source.set(last, new TaggedToken(verb.text(), verb.start(), verb.end(), "NOUN", verb.lemma()));
        }
        return source;
    }

    // "this year was confirmed by ...": the attribution annotator takes a time for a speaker.
    private static boolean timeWord(List<TaggedToken> tokens) {
        return tokens.stream().anyMatch(t -> TIMES.contains(t.lemma()));
    }

    /**
     * "a government spokeswoman" / "officials": one spokesperson of a named body against unnamed
     * officials of no body, a narrower source than the other report gives. "Police" / "officials"
     * and "a spokesman" / "officials" stay one source.
     */
    private static boolean spokespersonOfABodyForOfficials(List<TaggedToken> one, List<TaggedToken> others) {
        List<String> nouns = nouns(one);
        boolean spokesperson = !nouns.isEmpty() && SPOKESPEOPLE.contains(nouns.get(nouns.size() - 1))
                && INDEFINITE.contains(one.get(0).lower());
        return spokesperson && !bodyWords(one).isEmpty() && bodyWords(others).isEmpty()
                && !INDEFINITE.contains(others.get(0).lower()) && plural(others);
    }

    private static boolean plural(List<TaggedToken> source) {
        List<TaggedToken> nouns = source.stream().filter(t -> "NOUN".equals(t.pos())).toList();
        return !nouns.isEmpty() && !nouns.get(nouns.size() - 1).lower().equals(nouns.get(nouns.size() - 1).lemma());
    }

    private static List<String> nouns(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> "NOUN".equals(t.pos())).map(TaggedToken::lemma).toList();
    }
}
