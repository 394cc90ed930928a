package io.triangulate.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a claim's text into runs, marking where it uses the words a difference names
 * ({@code "five-day"}, {@code "may"}), so a page can wrap them in {@code <mark>}. Matching ignores
 * case and only takes whole words; the longest phrase wins where phrases overlap.
 */
public final class Highlights {

    /** A run of text; {@code marked} when it is one of the differing words. */
    public record Run(String text, boolean marked) {
    }

    private Highlights() {
    }

    public static List<Run> of(String text, Collection<String> phrases) {
        boolean[] marked = new boolean[text.length()];
        String lower = text.toLowerCase(Locale.ROOT);
        phrases.stream().filter(p -> p != null && !p.isBlank()).map(p -> p.strip().toLowerCase(Locale.ROOT))
                .distinct().forEach(phrase -> markAll(lower, phrase, marked));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                runs.add(new Run(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return runs;
    }

    private static void markAll(String lower, String phrase, boolean[] marked) {
        if (phrase.length() > lower.length()) {
            return;
        }
        for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (boundary(lower, at - 1) && boundary(lower, end)) {
                for (int i = at; i < end; i++) {
                    marked[i] = true;
                }
            }
        }
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
