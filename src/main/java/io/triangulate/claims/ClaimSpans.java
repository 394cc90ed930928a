package io.triangulate.claims;

import io.triangulate.report.parsing.TextSpan;

/** Cleans the edges of a claim's span without ever moving it off the report text. */
final class ClaimSpans {

    private ClaimSpans() {
    }

    /**
     * Drops surrounding whitespace and the stray "," or ";" that joins or ends a clause
     * ("… diplomacy.," in scraped summaries), so the claim ends on its own punctuation.
     */
    static TextSpan trim(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isJoiner(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || isJoiner(text.charAt(end - 1)))) {
            end--;
        }
        return new TextSpan(start, end);
    }

    static int words(String claim) {
        int words = 0;
        for (String part : claim.split("\\s+")) {
            words += part.chars().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == ',' || c == ';';
    }
}
