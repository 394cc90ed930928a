package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.alignment.judge.TokenDiff.Hunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A designation whose figure changed (NUMBER): "SARS-CoV-2" / "SARS-CoV-4", "F-16" / "F-35",
 * "G7" / "G20". Such words mix letters and digits, so the figure annotator does not read them as
 * quantities, and the tokenizer may cut them differently on each side ("CoV-2" / "CoV-", "4"):
 * a narrow substitution whose two sides, spaces aside, have the same letters and other digits is
 * one. "COVID-19" / "Covid19" keeps its digits and is the same designation.
 */
final class CodeCheck implements FactCheck {

    private final int maxSwapTokens;

    CodeCheck(JudgeSettings settings) {
        this.maxSwapTokens = settings.maxSwapTokens();
    }

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<Conflict> found = new ArrayList<>();
        for (Hunk h : pair.substitutions(maxSwapTokens)) {
            String left = pair.a().words(h.aFrom(), h.aTo());
            String right = pair.b().words(h.bFrom(), h.bTo());
            if (renumbered(left, right) && !dated(pair.a(), h.aFrom(), h.aTo()) && !dated(pair.b(), h.bFrom(), h.bTo())) {
                found.add(new Conflict(DifferenceKind.NUMBER, left, right, "give different numbers in a name"));
            }
        }
        return found;
    }

    // "1990s" is a decade, the date check's to compare; "40C" and "$2m" are figures, the number check's.
    private static boolean dated(ClaimView view, int from, int to) {
        int start = view.tokens().get(from).start();
        int end = view.tokens().get(to - 1).end();
        return view.annotations().dates().stream().anyMatch(d -> d.start() < end && start < d.end())
                || view.annotations().numbers().stream().anyMatch(n -> n.start() < end && start < n.end());
    }

    /** Whether two stretches are one designation with other digits ("CoV-2" / "CoV-4"). */
    static boolean renumbered(String left, String right) {
        return isCode(left) && isCode(right) && letters(left).equals(letters(right)) && !digits(left).equals(digits(right));
    }

    // Letters and digits in one word: a designation, not a figure ("12 cars") nor a word.
    private static boolean isCode(String words) {
        return words.chars().anyMatch(Character::isLetter) && words.chars().anyMatch(Character::isDigit)
                && words.chars().noneMatch(Character::isWhitespace);
    }

    private static String letters(String words) {
        return words.replaceAll("[\\d\\s\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static String digits(String words) {
        return words.replaceAll("\\D", "");
    }
}
