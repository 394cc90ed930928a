package io.triangulate.alignment;

import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ClaimAnnotations.EntityMention;
import io.triangulate.claims.TitleCase;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the pair score reads of a claim, prepared once per claim: lemmas and entity names as
 * sorted ids of one vocabulary, numbers as sorted values, so comparing two claims is a merge of
 * small arrays rather than set look-ups. {@code nameWords} holds, per entity mention, the ids of
 * the lemmas its name is written with ("kim", "jong", "un"), so that {@link NameWords} can count a
 * name as the one word it stands for. {@code wording} is the text reduced to its words, to tell two
 * claims worded alike. {@code figures} holds its numbers and dates as ids of the same vocabulary.
 */
record ClaimFeatures(ClaimInput claim, int[] lemmas, int[] entities, double[] numbers, int[][] nameWords,
        String wording, int[] figures) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s\\-\u2010\u2011\u2013.]+");

    /** @param vocabulary shared by every claim of one alignment; grows as words are met */
    static ClaimFeatures of(ClaimInput claim, Map<String, Integer> vocabulary) {
        ClaimAnnotations a = claim.annotations();
        List<String> lemmas = a == null || a.lemmas() == null ? List.of() : a.lemmas().stream()
                .flatMap(ClaimFeatures::hyphenParts).toList();
        List<EntityMention> mentions = a == null || a.entities() == null ? List.of() : a.entities();
        Stream<String> entities = mentions.stream().map(e -> "\u0000" + e.key());
        double[] numbers = a == null || a.numbers() == null ? new double[0]
                : a.numbers().stream().mapToDouble(ClaimAnnotations.NumberMention::value).sorted().distinct()
                        .toArray();
        int[] lemmaIds = ids(lemmas.stream(), vocabulary);
        // in a Title Case headline every word looks like part of a name: its names are left as they are
        int[][] nameWords = TitleCase.mostly(claim.text()) ? new int[0][] : mentions.stream()
                .map(e -> Arrays.stream(NAME_PARTS.split(e.text().toLowerCase(Locale.ROOT)))
                        .filter(w -> !w.isEmpty() && lemmas.contains(w)).distinct()
                        .mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).toArray())
                .filter(words -> words.length > 1).toArray(int[][]::new);
        Stream<String> figures = Stream.concat(
                Arrays.stream(numbers).mapToObj(n -> "\u0001" + n),
                a == null || a.dates() == null ? Stream.empty() : a.dates().stream().map(d -> "\u0002" + d.value()));
        return new ClaimFeatures(claim, lemmaIds, ids(entities, vocabulary), numbers, nameWords, wording(claim.text()),
                ids(figures, vocabulary));
    }

    // "trump-kim" is two names, "us-north" two words: a compound of words joined by hyphens counts as its parts
    private static Stream<String> hyphenParts(String lemma) {
        return lemma.indexOf('-') > 0 && lemma.indexOf('-') < lemma.length() - 1
                ? Arrays.stream(lemma.split("-")).filter(p -> !p.isEmpty()) : Stream.of(lemma);
    }

    private static int[] ids(Stream<String> words, Map<String, Integer> vocabulary) {
        return words.mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size())).sorted().distinct()
                .toArray();
    }

    /** The claim's words in lower case, without spacing, punctuation or quote marks. */
    static String wording(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The same claim with other lemma ids. */
    ClaimFeatures withLemmas(int[] lemmaIds) {
        return new ClaimFeatures(claim, lemmaIds, entities, numbers, nameWords, wording, figures);
    }

    long reportId() {
        return claim.reportId();
    }
}
