package io.triangulate.claims.annotation;

import java.util.Set;

/**
 * Function words left out of a claim's lemmas. Negators and modals are deliberately absent from
 * the lemma list's point of view too: they are kept here as stop words because they have their
 * own annotations (negations, hedges), so they would only count twice.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "so", "yet",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "onto", "over",
            "under", "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when",
            "where", "why", "how", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
            "we", "us", "our", "you", "your", "i", "me", "my", "be", "have", "do", "will", "shall", "would",
            "can", "could", "may", "might", "must", "should", "not", "no", "n't", "there", "here", "also", "such",
            "very", "just", "then", "if", "while", "during", "through", "between", "among", "both", "either",
            "neither", "each", "any", "all", "some", "own", "same", "other", "up", "out", "’s", "'s", "-");

    private StopWords() {
    }

    static boolean contains(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
