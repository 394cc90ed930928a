package io.triangulate.bench;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.report.parsing.TaggedToken;
import io.triangulate.report.parsing.TokenTagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds copies of a document (one sentence per line) with exactly one change in one sentence,
 * the change a fact-checker cares about: a number, a date, a name, a negation, a hedge, an
 * attribution, a dropped sentence, or a meaning-preserving paraphrase. Word classes come from the
 * project's own {@link TokenTagger}. Deterministic for a given {@link Random}.
 */
final class PerturbationBuilder {

    /** A kind of change and the difference the judge should name for it (null: none expected). */
    enum Change {
        NUMBER(DifferenceKind.NUMBER), DATE(DifferenceKind.DATE), NAME(DifferenceKind.ENTITY),
        NEGATION(DifferenceKind.NEGATION), HEDGE(DifferenceKind.HEDGE), ATTRIBUTION(DifferenceKind.ATTRIBUTION),
        DROP(null), PARAPHRASE(null);

        final DifferenceKind expected;

        Change(DifferenceKind expected) {
            this.expected = expected;
        }
    }

    /**
     * A changed copy: {@code sentence} is the index of the changed (or dropped) sentence in the
     * original; {@code copy} the copy's sentences; {@code origin[i]} the original index of copy
     * sentence {@code i}; {@code after} is null for a dropped sentence.
     */
    record Perturbation(Change change, int sentence, String before, String after, List<String> copy, int[] origin) {
    }

    static final int MIN_WORDS = 6;

    // Headlines and datelines have no full stop; the claim extractor does not take them as claims.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s*$");
    // Words of organisations and places, which make a poor stand-in for a person's name and back.
    private static final Set<String> NOT_NAME_WORDS = Set.of("Department", "County", "Court", "Police", "Center",
            "Centre", "University", "Street", "Avenue", "Road", "Party", "Commission", "Ministry", "Office", "Agency",
            "Company", "Inc", "Corp", "Coast", "Ocean", "Pacific", "Atlantic", "News", "Times", "Post", "Hospital",
            "Airport", "Island", "Islands", "River", "Lake", "Mountain", "Award", "Awards", "Perpetual");

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> SMALL_NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty");
    private static final List<String> SCALE_NUMBERS = List.of("hundred", "thousand", "million", "billion");
    private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m");
    private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");
    private static final Set<String> NEGATABLE_AUX = Set.of("is", "was", "were", "are", "has", "have", "had", "will",
            "would", "can", "could", "should", "does", "did", "do", "must");
    private static final Set<String> HEDGEABLE_AUX = Set.of("is", "was", "were", "are", "has", "have", "had");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> NT_HOSTS = Set.of("did", "does", "do", "is", "was", "were", "are", "has", "have",
            "had", "could", "would", "should");
    private static final Set<String> SAY = Set.of("said", "says", "told");
    private static final Set<String> NOUN_PHRASE = Set.of("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM");
    private static final Set<String> SUBJECT = Set.of("PROPN", "NOUN", "PRON");
    private static final List<String> SOURCES = List.of("a police spokesman", "hospital officials", "witnesses",
            "a government spokeswoman", "local media", "prosecutors", "a family friend", "the company");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("began", "started"),
            Map.entry("started", "began"), Map.entry("quickly", "rapidly"), Map.entry("rapidly", "quickly"), Map.entry("bought", "purchased"),
            Map.entry("purchased", "bought"), Map.entry("car", "vehicle"), Map.entry("cars", "vehicles"),
            Map.entry("officials", "authorities"), Map.entry("authorities", "officials"),
            Map.entry("reporters", "journalists"), Map.entry("journalists", "reporters"),
            Map.entry("film", "movie"), Map.entry("movie", "film"), Map.entry("films", "movies"),
            Map.entry("movies", "films"), Map.entry("children", "kids"), Map.entry("residents", "inhabitants"),
            Map.entry("tried", "attempted"), Map.entry("attempted", "tried"), Map.entry("photo", "picture"),
            Map.entry("however", "nevertheless"), Map.entry("received", "got"), Map.entry("injured", "hurt"));
    private static final Pattern TRAILING_SAID = Pattern.compile(
            "^(?<body>[^\"“”]+?),\\s+(?<src>(?:[A-Za-z][\\w.'’-]*\\s){0,5}?[A-Za-z][\\w.'’-]*)\\s+(?:said|says)\\s*\\.$");
    private static final Pattern TRAILING_SAID_INVERTED = Pattern.compile(
            "^(?<body>[^\"“”]+?),\\s+(?:said|says)\\s+(?<src>[^,.\"“”]{2,60})\\.$");
    private static final Pattern LEADING_SAID = Pattern.compile(
            "^(?<src>[A-Z][\\w.'’-]*(?:\\s[\\w.'’-]+){0,4}?)\\s+(?:said|says)(?:\\s+that)?\\s+(?<body>[^\"“”]+?)\\s*\\.$");

    private final TokenTagger tagger;
    private final Map<String, List<TaggedToken>> tags = new HashMap<>();

    PerturbationBuilder(TokenTagger tagger) {
        this.tagger = tagger;
    }

    /** The names (runs of proper nouns) in a document, to be swapped into documents about something else. */
    List<String> names(List<String> sentences) {
        List<String> names = new ArrayList<>();
        for (String s : sentences) {
            for (int[] run : nameRuns(tokens(s))) {
                String name = s.substring(tokens(s).get(run[0]).start(), tokens(s).get(run[1]).end());
                boolean plain = name.matches("\\p{Lu}[\\p{L}'’.-]*( \\p{Lu}[\\p{L}'’.-]*)*")
                        && java.util.Arrays.stream(name.split(" ")).noneMatch(NOT_NAME_WORDS::contains);
                if (plain && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** One copy of {@code sentences} with one change of the given kind, or empty when no sentence allows it. */
    Optional<Perturbation> build(List<String> sentences, Change change, List<String> foreignNames, Random random) {
        List<Integer> candidates = new ArrayList<>();
        List<List<String>> edits = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s.split(" ").length < MIN_WORDS || !SENTENCE_END.matcher(s).find()) {
                continue;
            }
            List<String> options = change == Change.DROP ? (sentences.size() >= 3 ? List.of("") : List.of())
                    : edits(s, change, sentences, foreignNames, random);
            options = options.stream().filter(o -> !o.equals(s)).distinct().toList();
            if (!options.isEmpty()) {
                candidates.add(i);
                edits.add(options);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int pick = random.nextInt(candidates.size());
        int target = candidates.get(pick);
        List<String> options = edits.get(pick);
        String after = change == Change.DROP ? null : options.get(random.nextInt(options.size()));
        List<String> copy = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i != target) {
                copy.add(sentences.get(i));
                origin.add(i);
            } else if (after != null) {
                copy.add(after);
                origin.add(i);
            }
        }
        return Optional.of(new Perturbation(change, target, sentences.get(target), after, List.copyOf(copy),
                origin.stream().mapToInt(Integer::intValue).toArray()));
    }

    private List<String> edits(String s, Change change, List<String> doc, List<String> foreignNames, Random random) {
        List<TaggedToken> t = tokens(s);
        return switch (change) {
            case NUMBER -> numberEdits(s, t, random);
            case DATE -> dateEdits(s, t, random);
            case NAME -> nameEdits(s, t, doc, foreignNames, random);
            case NEGATION -> negationEdits(s, t);
            case HEDGE -> hedgeEdits(s, t);
            case ATTRIBUTION -> attributionEdits(s, t, random);
            case PARAPHRASE -> paraphraseEdits(s, t);
            case DROP -> List.of();
        };
    }

    private List<TaggedToken> tokens(String sentence) {
        return tags.computeIfAbsent(sentence, tagger::tag);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private static List<String> numberEdits(String s, List<TaggedToken> t, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            TaggedToken tok = t.get(i);
            String text = tok.text();
            if (DIGITS.matcher(text).matches()) {
                boolean year = YEAR.matcher(text).matches();
                boolean nearDate = isMonth(at(t, i - 1)) || isMonth(at(t, i + 1));
                boolean time = Set.of(":", "/").contains(textAt(t, i - 1)) || Set.of(":", "/").contains(textAt(t, i + 1))
                        || CLOCK_WORDS.contains(textAt(t, i + 1).toLowerCase(Locale.ROOT)); // "10 a.m.": a time, a date edit
                if (!year && !nearDate && !time) {
                    out.add(replace(s, tok, bump(text, random)));
                }
            } else if (SMALL_NUMBERS.contains(tok.lower())) {
                out.add(replace(s, tok, sameCase(text, other(SMALL_NUMBERS, tok.lower(), random))));
            } else if (SCALE_NUMBERS.contains(tok.lower()) && "NUM".equals(tok.pos())) {
                out.add(replace(s, tok, sameCase(text, other(SCALE_NUMBERS, tok.lower(), random))));
            }
        }
        return out;
    }

    static String bump(String digits, Random random) {
        boolean grouped = digits.contains(",");
        String plain = digits.replace(",", "");
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        long value = Long.parseLong(whole);
        long changed = value < 10 ? value + 1 + random.nextInt(4) : value + 1 + random.nextInt((int) Math.min(50, value / 4 + 1));
        String out = grouped ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
        return out + fraction;
    }

    // ---- dates ---------------------------------------------------------------------------------

    private static List<String> dateEdits(String s, List<TaggedToken> t, Random random) {
        List<String> out = new ArrayList<>();
        for (TaggedToken tok : t) {
            String text = tok.text();
            if (isMonth(tok)) {
                out.add(replace(s, tok, other(MONTHS, text, random)));
            } else if (WEEKDAYS.contains(text)) {
                out.add(replace(s, tok, other(WEEKDAYS, text, random)));
            } else if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                int delta = 1 + random.nextInt(3);
                out.add(replace(s, tok, Integer.toString(random.nextBoolean() ? year + delta : year - delta)));
            }
        }
        return out;
    }

    private static boolean isMonth(TaggedToken tok) {
        if (tok == null || !MONTHS.contains(tok.text())) {
            return false;
        }
        // "May" and "March" are also a modal and a verb
        return !("May".equals(tok.text()) || "March".equals(tok.text())) || "PROPN".equals(tok.pos());
    }

    // ---- names ---------------------------------------------------------------------------------

    private static List<int[]> nameRuns(List<TaggedToken> t) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (isNameToken(t.get(i))) {
                int j = i;
                while (j + 1 < t.size() && isNameToken(t.get(j + 1))) {
                    j++;
                }
                int start = i;
                while (start <= j && TITLES.contains(t.get(start).text())) {
                    start++;
                }
                boolean dateLike = false;
                for (int k = start; k <= j; k++) {
                    dateLike |= MONTHS.contains(t.get(k).text()) || WEEKDAYS.contains(t.get(k).text());
                }
                boolean initialWord = start == 0 && j == 0; // "Rehab has been ...": capitalised anyway
                boolean institution = false;
                for (int k = start; k <= j; k++) {
                    institution |= NOT_NAME_WORDS.contains(t.get(k).text());
                }
                if (start <= j && !dateLike && !initialWord && !institution) {
                    runs.add(new int[] {start, j});
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return runs;
    }

    private static boolean isNameToken(TaggedToken tok) {
        return "PROPN".equals(tok.pos()) && tok.isCapitalized() && tok.text().chars().anyMatch(Character::isLetter);
    }

    private List<String> nameEdits(String s, List<TaggedToken> t, List<String> doc, List<String> foreignNames,
            Random random) {
        List<String> out = new ArrayList<>();
        if (foreignNames.isEmpty()) {
            return out;
        }
        for (int[] run : nameRuns(t)) {
            String name = s.substring(t.get(run[0]).start(), t.get(run[1]).end());
            int words = name.split(" ").length;
            List<String> sameLength = foreignNames.stream().filter(n -> n.split(" ").length == words).toList();
            List<String> pool = sameLength.isEmpty() ? foreignNames : sameLength;
            for (int attempt = 0; attempt < 20; attempt++) {
                String other = pool.get(random.nextInt(pool.size()));
                if (!other.equalsIgnoreCase(name) && doc.stream().noneMatch(d -> d.contains(other))) {
                    out.add(s.substring(0, t.get(run[0]).start()) + other + s.substring(t.get(run[1]).end()));
                    break;
                }
            }
        }
        return out;
    }

    // ---- negation ------------------------------------------------------------------------------

    private static List<String> negationEdits(String s, List<TaggedToken> t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            TaggedToken tok = t.get(i);
            TaggedToken next = at(t, i + 1);
            TaggedToken prev = at(t, i - 1);
            if ("AUX".equals(tok.pos()) && NEGATABLE_AUX.contains(tok.lower()) && next != null
                    && !next.isPunctuation() && !NEGATIONS.contains(next.lower())) {
                out.add(s.substring(0, tok.end()) + " not" + s.substring(tok.end()));
            } else if (("not".equals(tok.lower()) || "never".equals(tok.lower())) && prev != null
                    && "AUX".equals(prev.pos()) && prev.end() < tok.start()) {
                out.add(s.substring(0, prev.end()) + s.substring(tok.end()));
            } else if ("n't".equals(tok.lower()) && prev != null && NT_HOSTS.contains(prev.lower())) {
                out.add(s.substring(0, tok.start()) + s.substring(tok.end()));
            } else if (isSimplePast(tok, prev)) {
                out.add(replace(s, tok, "did not " + tok.lemma()));
            }
        }
        return out;
    }

    // A finite past-tense verb right after its subject ("police arrested"), which "did not" negates.
    private static boolean isSimplePast(TaggedToken tok, TaggedToken prev) {
        return "VERB".equals(tok.pos()) && tok.lower().endsWith("ed") && !tok.lemma().equals(tok.lower())
                && !SAY.contains(tok.lower()) && prev != null && SUBJECT.contains(prev.pos());
    }

    // ---- hedge ---------------------------------------------------------------------------------

    private static List<String> hedgeEdits(String s, List<TaggedToken> t) {
        List<String> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains("reportedly") || lower.contains("allegedly") || lower.matches(".*\\b(may|might)\\b.*")) {
            return out;
        }
        for (int i = 0; i < t.size(); i++) {
            TaggedToken tok = t.get(i);
            TaggedToken next = at(t, i + 1);
            if ("will".equals(tok.lower()) && "AUX".equals(tok.pos())) {
                out.add(replace(s, tok, sameCase(tok.text(), "may")));
            } else if ("AUX".equals(tok.pos()) && HEDGEABLE_AUX.contains(tok.lower()) && next != null
                    && !next.isPunctuation() && !NEGATIONS.contains(next.lower())) {
                out.add(s.substring(0, tok.end()) + " reportedly" + s.substring(tok.end()));
            } else if (isSimplePast(tok, at(t, i - 1))) {
                out.add(s.substring(0, tok.start()) + "reportedly " + s.substring(tok.start()));
            }
        }
        return out;
    }

    // ---- attribution ---------------------------------------------------------------------------

    private static List<String> attributionEdits(String s, List<TaggedToken> t, Random random) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!SAY.contains(t.get(i).lower()) || !"VERB".equals(t.get(i).pos())) {
                continue;
            }
            int start = i;
            while (start - 1 >= 0 && i - start < 6 && isSourceWord(t.get(start - 1))) {
                start--;
            }
            int from;
            int to;
            if (start < i && hasHead(t, start, i - 1) && isClauseStart(t, start)) {
                from = start;
                to = i - 1;
            } else {
                int end = i;
                while (end + 1 < t.size() && end - i < 6 && isSourceWord(t.get(end + 1))
                        && !"PRON".equals(t.get(end + 1).pos())) {
                    end++;
                }
                TaggedToken before = at(t, i - 1);
                boolean inverted = before != null && before.isPunctuation(); // '..., said John Smith.'
                if (end == i || !inverted || !hasHead(t, i + 1, end) || !"said".equals(t.get(i).lower())
                        || clauseGoesOn(t, end + 1)) {
                    continue;
                }
                from = i + 1;
                to = end;
            }
            String source = s.substring(t.get(from).start(), t.get(to).end());
            String other = otherSource(source, random);
            if (other == null) {
                continue;
            }
            if (startsSentence(t, from)) {
                other = Character.toUpperCase(other.charAt(0)) + other.substring(1);
            }
            out.add(s.substring(0, t.get(from).start()) + other + s.substring(t.get(to).end()));
        }
        return out;
    }

    // Another source, sharing no word with this one: "Police" to "a police spokesman" changes no source.
    private static String otherSource(String source, Random random) {
        List<String> words = Arrays.asList(source.toLowerCase(Locale.ROOT).split("\\W+"));
        List<String> rest = SOURCES.stream()
                .filter(o -> Arrays.stream(o.split(" ")).noneMatch(w -> w.length() > 2 && words.contains(w))).toList();
        return rest.isEmpty() ? null : rest.get(random.nextInt(rest.size()));
    }

    private static boolean startsSentence(List<TaggedToken> t, int i) {
        TaggedToken before = at(t, i - 1);
        return before == null || Set.of(".", "!", "?").contains(before.text());
    }

    // "..., said Jackman, 40, star of ..., will host": the name after "said" is the subject of what
    // was said, not its speaker, when a verb follows in the same sentence.
    private static boolean clauseGoesOn(List<TaggedToken> t, int from) {
        for (int k = from; k < t.size() && !startsSentence(t, k); k++) {
            if ("VERB".equals(t.get(k).pos()) || "AUX".equals(t.get(k).pos())) {
                return true;
            }
        }
        return false;
    }

    // The source phrase must be whole: nothing of it ("CHP Officer ...", "X and Y said") left before it.
    private static boolean isClauseStart(List<TaggedToken> t, int start) {
        TaggedToken before = at(t, start - 1);
        return before == null || (before.isPunctuation() && !"'s".equals(before.text()))
                || "that".equals(before.lower()) || "SCONJ".equals(before.pos());
    }

    private static boolean isSourceWord(TaggedToken tok) {
        return NOUN_PHRASE.contains(tok.pos()) || "'s".equals(tok.text()) || "’s".equals(tok.text());
    }

    private static boolean hasHead(List<TaggedToken> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (SUBJECT.contains(t.get(k).pos())) {
                return true;
            }
        }
        return false;
    }

    // ---- paraphrase ----------------------------------------------------------------------------

    private List<String> paraphraseEdits(String s, List<TaggedToken> t) {
        List<String> out = new ArrayList<>();
        Matcher m = TRAILING_SAID.matcher(s);
        if (m.matches() && allSourceWords(m.group("src"))) {
            out.add("According to " + objectForm(m.group("src")) + ", " + lowerFirst(m.group("body"), t) + ".");
        }
        m = TRAILING_SAID_INVERTED.matcher(s);
        if (m.matches() && allSourceWords(m.group("src"))) {
            out.add("According to " + m.group("src") + ", " + lowerFirst(m.group("body"), t) + ".");
        }
        m = LEADING_SAID.matcher(s);
        if (m.matches() && allSourceWords(m.group("src"))) {
            String src = m.group("src");
            String body = m.group("body");
            src = "PROPN".equals(t.get(0).pos()) ? src : objectForm(lowerFirstWord(src));
            out.add(Character.toUpperCase(body.charAt(0)) + body.substring(1) + ", according to " + src + ".");
        }
        for (int i = 1; i + 1 < t.size(); i++) {
            TaggedToken left = t.get(i - 1);
            TaggedToken right = t.get(i + 1);
            boolean single = !left.pos().equals(posAt(t, i - 2)) && !right.pos().equals(posAt(t, i + 2))
                    && !"PROPN".equals(posAt(t, i + 2)) && !"PROPN".equals(posAt(t, i - 2));
            boolean modifies = Set.of("NOUN", "PROPN").contains(left.pos())
                    && Set.of("NOUN", "PROPN").contains(posAt(t, i + 2)); // "Mitchell and Nixon aide"
            if ("and".equals(t.get(i).lower()) && left.pos().equals(right.pos()) && !modifies
                    && Set.of("NOUN", "ADJ", "PROPN").contains(left.pos()) && single && i - 1 > 0) {
                out.add(s.substring(0, left.start()) + right.text() + s.substring(left.end(), right.start())
                        + left.text() + s.substring(right.end()));
            }
        }
        StringBuilder synonyms = new StringBuilder();
        int last = 0;
        int replaced = 0;
        for (TaggedToken tok : t) {
            String synonym = SYNONYMS.get(tok.lower());
            if (synonym != null && replaced < 2) {
                synonyms.append(s, last, tok.start()).append(sameCase(tok.text(), synonym));
                last = tok.end();
                replaced++;
            }
        }
        if (replaced > 0) {
            out.add(synonyms.append(s.substring(last)).toString());
        }
        return out;
    }

    private boolean allSourceWords(String source) {
        List<TaggedToken> t = tokens(source);
        return !t.isEmpty() && t.size() <= 6 && t.stream().allMatch(PerturbationBuilder::isSourceWord)
                && hasHead(t, 0, t.size() - 1);
    }

    private static String objectForm(String source) {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "he" -> "him";
            case "she" -> "her";
            case "they" -> "them";
            case "we" -> "us";
            case "i" -> "me";
            default -> source;
        };
    }

    private static String lowerFirst(String body, List<TaggedToken> sentenceTokens) {
        boolean keep = sentenceTokens.isEmpty() || "PROPN".equals(sentenceTokens.get(0).pos())
                || "I".equals(sentenceTokens.get(0).text())
                || (body.length() > 1 && Character.isUpperCase(body.charAt(1)));
        return keep ? body : Character.toLowerCase(body.charAt(0)) + body.substring(1);
    }

    private static String lowerFirstWord(String source) {
        return source.length() > 1 && Character.isUpperCase(source.charAt(1)) ? source
                : Character.toLowerCase(source.charAt(0)) + source.substring(1);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static TaggedToken at(List<TaggedToken> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    private static String textAt(List<TaggedToken> t, int i) {
        TaggedToken tok = at(t, i);
        return tok == null ? "" : tok.text();
    }

    private static String posAt(List<TaggedToken> t, int i) {
        TaggedToken tok = at(t, i);
        return tok == null ? "" : tok.pos();
    }

    private static String replace(String s, TaggedToken tok, String with) {
        return s.substring(0, tok.start()) + with + s.substring(tok.end());
    }

    private static String other(List<String> options, String current, Random random) {
        List<String> rest = options.stream().filter(o -> !o.equalsIgnoreCase(current)).toList();
        return rest.get(random.nextInt(rest.size()));
    }

    private static String sameCase(String original, String word) {
        return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }
}
