package io.triangulate.alignment.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * How two lemmas of one part of speech relate in WordNet, so a swapped word can be told from a
 * synonym: "said" / "stated" share a synset, "big" / "large" too; "murder" / "manslaughter" and
 * "blue" / "white" sit under one near hypernym (co-hyponyms, a real substitution); "kill" /
 * "murder" is one step of hypernymy (compatible: one says less, not something else). Lookups are
 * serialised on the dictionary because extjwnl's caches are not documented as thread-safe.
 */
final class Lexicon {

    /** The relation found, strongest first: the judge acts on the first that holds. */
    enum Relation {
        SAME, SYNONYM, ANTONYM, COMPATIBLE, CO_HYPONYM, UNRELATED, UNKNOWN;

        /** The same word, a synonym, or one a kind of the other: words that may name one thing. */
        boolean alike() {
            return this == SAME || this == SYNONYM || this == COMPATIBLE;
        }
    }

    // Steps up the hypernym tree within which one word is a kind of the other, or both kinds of one.
    static final int HYPERNYM_STEPS = 2;
    // WordNet's lexicographer file of nouns that denote people.
    private static final String PERSON_FILE = "noun.person";
    private static final String GROUP_FILE = "noun.group";

    private Lexicon() {
    }

    static Relation relation(String x, String y, POS pos) {
        if (x.equalsIgnoreCase(y)) {
            return Relation.SAME;
        }
        synchronized (WordNet.dictionary()) {
            return lookup(x.toLowerCase(Locale.ROOT), y.toLowerCase(Locale.ROOT), pos);
        }
    }

    private static Relation lookup(String x, String y, POS pos) {
        List<Synset> xs = senses(x, pos);
        List<Synset> ys = senses(y, pos);
        if (xs.isEmpty() || ys.isEmpty()) {
            return Relation.UNKNOWN;
        }
        if (xs.stream().anyMatch(ys::contains)) {
            return Relation.SYNONYM;
        }
        if (antonyms(xs, x).contains(y) || antonyms(ys, y).contains(x)) {
            return Relation.ANTONYM;
        }
        Set<Synset> xUp = hypernyms(xs);
        Set<Synset> yUp = hypernyms(ys);
        if (xUp.stream().anyMatch(ys::contains) || yUp.stream().anyMatch(xs::contains)) {
            return Relation.COMPATIBLE;
        }
        return xUp.stream().anyMatch(yUp::contains) ? Relation.CO_HYPONYM : Relation.UNRELATED;
    }

    /**
     * Whether the two share a sense as common nouns or adjectives ("film" / "movie"), both written
     * in lower case in it: names WordNet lists as synonyms ("Christ" / "Jesus", "U.K." / "U.S."
     * by its abbreviation rules) are left out.
     */
    static boolean commonSynonyms(String x, String y) {
        synchronized (WordNet.dictionary()) {
            for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE)) {
                IndexWord a = indexWord(x, pos);
                IndexWord b = indexWord(y, pos);
                if (a != null && b != null && a.getSenses().stream().anyMatch(s -> b.getSenses().contains(s)
                        && lowerCase(s, a.getLemma()) && lowerCase(s, b.getLemma()))) {
                    return true;
                }
            }
            return false;
        }
    }

    // The index gives a word's base form in lower case ("films" gives "film"); the synset, as written.
    private static boolean lowerCase(Synset s, String lemma) {
        return s.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma));
    }

    private static IndexWord indexWord(String word, POS pos) {
        try {
            return WordNet.dictionary().lookupIndexWord(pos, word.toLowerCase(Locale.ROOT));
        } catch (JWNLException e) {
            return null;
        }
    }

    /**
     * Whether two names, as {@link Names#key} writes them, denote one thing in WordNet: a synset
     * of proper names holds both ("christ" / "jesus", "us" / "america"), or one is an adjective
     * that pertains to it ("american" / "us"). Only synsets that spell the name with a capital
     * count, so "china" the porcelain is no country. Looked up once per name.
     */
    static boolean sameNamed(String x, String y) {
        Set<Synset> xs = namedSenses(x);
        return !xs.isEmpty() && namedSenses(y).stream().anyMatch(xs::contains);
    }

    /**
     * Whether one name is a place inside the other in WordNet, up to {@link #HOLONYM_STEPS} steps
     * ("washington" / "us", "houston" / "texas"): a report that names the capital for its
     * government, or a city for its country, says less precisely the same, not something else.
     */
    static boolean placeWithin(String x, String y) {
        Set<Synset> outer = namedSenses(y);
        return !outer.isEmpty() && cached(WITHIN, x, Lexicon::holders).stream().anyMatch(outer::contains);
    }

    private static final int HOLONYM_STEPS = 3;

    // The places that hold what the name denotes, up to HOLONYM_STEPS steps of part holonyms.
    private static Set<Synset> holders(String key) {
        Set<Synset> found = new HashSet<>();
        List<Synset> level = List.copyOf(namedSenses(key)); // outside the lock: NAMED's look-up takes it itself
        synchronized (WordNet.dictionary()) {
            for (int step = 0; step < HOLONYM_STEPS && !level.isEmpty(); step++) {
                List<Synset> next = new ArrayList<>();
                for (Synset s : level) {
                    next.addAll(synsetTargets(s, PointerType.PART_HOLONYM));
                }
                found.addAll(next);
                level = next;
            }
        }
        return found;
    }

    /** Whether WordNet writes the word as a name, or as an adjective of one ("Russian"). */
    static boolean spelledAsName(String key) {
        return !namedSenses(key).isEmpty();
    }

    private static Set<Synset> namedSenses(String key) {
        return cached(NAMED, key, Lexicon::named);
    }

    // A look-up remembered per name; the cache is cleared when it grows large.
    private static <T> T cached(Map<String, T> cache, String key, Function<String, T> lookup) {
        if (cache.size() > MAX_NAMES) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, lookup); // holders() fills NAMED, another map, inside WITHIN's look-up
    }

    // Names seen so far and the synsets of proper names they denote; cleared when it grows large.
    private static final Map<String, Set<Synset>> NAMED = new ConcurrentHashMap<>();
    // Names seen so far and the places that hold what they denote.
    private static final Map<String, Set<Synset>> WITHIN = new ConcurrentHashMap<>();
    private static final int MAX_NAMES = 20_000;

    private static Set<Synset> named(String key) {
        Set<Synset> found = new HashSet<>();
        synchronized (WordNet.dictionary()) {
            for (Synset s : exactSenses(key, POS.NOUN)) {
                if (spelledAsName(s, key)) {
                    found.add(s);
                }
            }
            for (Synset s : exactSenses(key, POS.ADJECTIVE)) {
                for (Word w : own(s, key)) {
                    for (Word target : targets(w, PointerType.PERTAINYM)) {
                        if (spelledAsName(target.getSynset(), target.getLemma())) {
                            found.add(target.getSynset());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean spelledAsName(Synset s, String key) {
        return s.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(key)
                && !w.getLemma().equals(w.getLemma().toLowerCase(Locale.ROOT)));
    }

    // The index entry of exactly these words, without WordNet's morphology ("us" is not "u").
    private static List<Synset> exactSenses(String words, POS pos) {
        try {
            IndexWord word = WordNet.dictionary().getIndexWord(pos, words);
            return word == null ? List.of() : word.getSenses();
        } catch (JWNLException e) {
            return List.of();
        }
    }

    /**
     * Whether the word is the plural of a common noun ("meteorologists", "forecasters"): WordNet
     * gives it a singular spelled in lower case. Plurals of names ("Americans") are spelled with a
     * capital there, and names that end in "s" ("Athens") are their own base form.
     */
    static boolean commonPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        synchronized (WordNet.dictionary()) {
            IndexWord noun = indexWord(lower, POS.NOUN);
            return noun != null && !noun.getLemma().equals(lower) && noun.getSenses().stream()
                    .flatMap(s -> s.getWords().stream()).anyMatch(w -> w.getLemma().equals(noun.getLemma()));
        }
    }

    /**
     * The verb an "-ing" or "-ed" word is a form of ("raising" / "raise", "slowed" / "slow"), or
     * null: the tagger often reads a gerund as a noun or adjective and leaves it as its own lemma,
     * and the lemmatizer does not know every past form.
     */
    static String verbOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("ing") && !lower.endsWith("ed")) {
            return null;
        }
        return baseForm(lower);
    }

    /**
     * The lemma of a word the tagger reads as a verb but the lemmatizer leaves as it is, regular or
     * not ("upheld" / "uphold"), from WordNet's exception lists; null when WordNet knows no other.
     */
    static String verbOfAnyForm(String word) {
        return baseForm(word.toLowerCase(Locale.ROOT));
    }

    // Looked up once per word, as the names are; "" where WordNet gives no other lemma.
    private static String baseForm(String lower) {
        String base = cached(BASE_FORMS, lower, w -> {
            synchronized (WordNet.dictionary()) {
                IndexWord verb = indexWord(w, POS.VERB);
                return verb == null || verb.getLemma().equals(w) ? "" : verb.getLemma();
            }
        });
        return base.isEmpty() ? null : base;
    }

    private static final Map<String, String> BASE_FORMS = new ConcurrentHashMap<>();

    /**
     * Whether the verb, in one of its three most frequent senses, is a way of causing something:
     * it is, or is a kind (within three steps) of, "cause" or "bring about" ("trigger", "spark",
     * "prompt", "lead" as in "led to", "result" as in "resulted in"). Two such verbs facing each
     * other say the same thing happened because of the same cause.
     */
    static boolean causative(String verb) {
        return cached(CAUSATIVE, verb.toLowerCase(Locale.ROOT), v -> {
            synchronized (WordNet.dictionary()) {
                List<Synset> senses = senses(v, POS.VERB);
                List<Synset> level = senses.subList(0, Math.min(CAUSATIVE_SENSES, senses.size()));
                for (int step = 0; step <= CAUSATIVE_STEPS && !level.isEmpty(); step++) {
                    if (level.stream().anyMatch(Lexicon::causing)) {
                        return true;
                    }
                    level = level.stream().flatMap(s -> synsetTargets(s, PointerType.HYPERNYM).stream()).toList();
                }
                return false;
            }
        });
    }

    private static boolean causing(Synset s) {
        return s.getWords().stream().anyMatch(w -> CAUSING.contains(w.getLemma()));
    }

    private static final Set<String> CAUSING = Set.of("cause", "bring about");
    private static final int CAUSATIVE_SENSES = 3;
    private static final int CAUSATIVE_STEPS = 3;
    private static final Map<String, Boolean> CAUSATIVE = new ConcurrentHashMap<>();

    /**
     * Whether WordNet lists these exact words (no base form looked up) with this part of speech;
     * remembered per word, as the judge asks it for every lemma it reads as a verb.
     */
    static boolean listed(String word, POS pos) {
        return cached(LISTED, pos.name() + ":" + word.toLowerCase(Locale.ROOT), key -> {
            synchronized (WordNet.dictionary()) {
                return !exactSenses(key.substring(key.indexOf(':') + 1), pos).isEmpty();
            }
        });
    }

    private static final Map<String, Boolean> LISTED = new ConcurrentHashMap<>();

    /** Whether the two are opposites in WordNet, directly or through a similar or derived word. */
    static boolean antonyms(String x, String y, POS pos) {
        return relation(x, y, pos) == Relation.ANTONYM;
    }

    /**
     * Whether the noun in its most frequent sense (WordNet lists senses by frequency) names a
     * person ("spokesman", "coroner"), not an organisation, a group or a thing ("company",
     * "police"); a word WordNet does not know counts as a person.
     */
    static boolean person(String noun) {
        synchronized (WordNet.dictionary()) {
            List<Synset> senses = senses(noun.toLowerCase(Locale.ROOT), POS.NOUN);
            return senses.isEmpty() || PERSON_FILE.equals(senses.get(0).getLexFileName());
        }
    }

    /**
     * Whether the noun, written in lower case, in some sense names a kind of organisation or group
     * ("bank", "treasury", "police"); names WordNet lists ("SEC", "Fed") are no kind.
     */
    static boolean body(String noun) {
        synchronized (WordNet.dictionary()) {
            IndexWord word = indexWord(noun.toLowerCase(Locale.ROOT), POS.NOUN);
            return word != null && word.getSenses().stream()
                    .anyMatch(s -> GROUP_FILE.equals(s.getLexFileName()) && lowerCase(s, word.getLemma()));
        }
    }

    private static List<Synset> senses(String lemma, POS pos) {
        IndexWord word = indexWord(lemma, pos);
        return word == null ? List.of() : word.getSenses();
    }

    // Lemmas opposite to the word in any sense: its own antonym pointers, those of the adjective
    // cluster head it is similar to, and those of words derived from it ("increase" n./v.).
    private static Set<String> antonyms(List<Synset> senses, String lemma) {
        Set<String> found = new HashSet<>();
        for (Synset s : senses) {
            List<Word> words = new ArrayList<>(own(s, lemma));
            for (Word w : own(s, lemma)) {
                targets(w, PointerType.DERIVATION).forEach(words::add);
            }
            for (Synset head : synsetTargets(s, PointerType.SIMILAR_TO)) {
                words.addAll(head.getWords());
            }
            for (Word w : words) {
                for (Word opposite : targets(w, PointerType.ANTONYM)) {
                    opposite.getSynset().getWords().forEach(o -> found.add(o.getLemma().toLowerCase(Locale.ROOT)));
                    synsetTargets(opposite.getSynset(), PointerType.SIMILAR_TO)
                            .forEach(t -> t.getWords().forEach(o -> found.add(o.getLemma().toLowerCase(Locale.ROOT))));
                    targets(opposite, PointerType.DERIVATION).forEach(o -> found.add(o.getLemma().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return found;
    }

    private static List<Word> own(Synset s, String lemma) {
        return s.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(lemma)).toList();
    }

    private static List<Word> targets(Word w, PointerType type) {
        List<Word> words = new ArrayList<>();
        for (Pointer p : w.getPointers(type)) {
            try {
                if (p.getTarget() instanceof Word target) {
                    words.add(target);
                }
            } catch (JWNLException e) {
                // a dangling pointer in the data: nothing to follow
            }
        }
        return words;
    }

    private static List<Synset> synsetTargets(Synset s, PointerType type) {
        List<Synset> synsets = new ArrayList<>();
        for (Pointer p : s.getPointers(type)) {
            try {
                synsets.add(p.getTargetSynset());
            } catch (JWNLException e) {
                // a dangling pointer in the data: nothing to follow
            }
        }
        return synsets;
    }

    // Hypernyms (and instance hypernyms) of any sense, up to HYPERNYM_STEPS levels.
    private static Set<Synset> hypernyms(List<Synset> senses) {
        Set<Synset> found = new HashSet<>();
        List<Synset> level = senses;
        for (int step = 0; step < HYPERNYM_STEPS; step++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                next.addAll(synsetTargets(s, PointerType.HYPERNYM));
                next.addAll(synsetTargets(s, PointerType.INSTANCE_HYPERNYM));
            }
            found.addAll(next);
            level = next;
        }
        return found;
    }
}
