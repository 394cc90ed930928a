package io.triangulate.report.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the statistical sentence boundaries of one paragraph where news text trips the model:
 * abbreviations and initials, closing quotes and stray punctuation left at the start of the next
 * sentence, and quotations that run over several sentences.
 */
final class SentenceRepair {

    // A quotation longer than this many sentences is more likely an unbalanced quote mark than
    // one long quotation, so it is left split.
    private static final int MAX_QUOTED_SENTENCES = 4;
    private static final Pattern ACRONYM_THEN_WORD = Pattern.compile(
            "(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}\\s+(\\p{Lu}\\p{Ll}*)\\b");
    private static final Pattern DECIMAL_THEN_WORD = Pattern.compile("(?<![\\d.])\\d+\\.\\d+\\.\\s+(\\p{Lu})");

    private SentenceRepair() {
    }

    /** @param spans candidate sentences, offsets relative to {@code paragraph}, in order */
    static List<TextSpan> repair(String paragraph, List<TextSpan> spans) {
        List<TextSpan> out = reattachLeadingPunctuation(paragraph, splitAfterDecimals(paragraph,
                splitAfterAcronyms(paragraph, spans)));
        out = joinAbbreviations(paragraph, out);
        return joinQuotations(paragraph, out);
    }

    private static List<TextSpan> reattachLeadingPunctuation(String paragraph, List<TextSpan> spans) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan span : spans) {
            int lead = leadingClosers(paragraph, span);
            if (out.isEmpty() || lead == 0) {
                out.add(span);
                continue;
            }
            TextSpan previous = out.remove(out.size() - 1);
            out.add(new TextSpan(previous.start(), span.start() + lead));
            if (lead < span.length()) {
                out.add(trimStart(paragraph, new TextSpan(span.start() + lead, span.end())));
            }
        }
        return out;
    }

    // Closing quotes, brackets and commas at the start of a candidate belong to the sentence before.
    private static int leadingClosers(String paragraph, TextSpan span) {
        int i = span.start();
        while (i < span.end() && "”’»)],;:\"'".indexOf(paragraph.charAt(i)) >= 0) {
            boolean straight = paragraph.charAt(i) == '"' || paragraph.charAt(i) == '\'';
            if (straight && i + 1 < span.end() && !Character.isWhitespace(paragraph.charAt(i + 1))) {
                break;
            }
            i++;
        }
        boolean onlyPunctuation = paragraph.substring(i, span.end()).chars().noneMatch(Character::isLetterOrDigit);
        return onlyPunctuation ? span.length() : i - span.start();
    }

    // The model never ends a sentence on "U.S." or "U.N."; when the next word is a typical sentence
    // opener ("... to the U.S. The decline ..."), it should.
    private static List<TextSpan> splitAfterAcronyms(String paragraph, List<TextSpan> spans) {
        return splitBefore(paragraph, spans, ACRONYM_THEN_WORD, Abbreviations::opensSentence);
    }

    // The model sometimes runs on past a decimal number that ends a sentence ("of magnitude 5.4. Peru
    // sits on ..."); a period after a decimal and before a capital always ends one.
    private static List<TextSpan> splitAfterDecimals(String paragraph, List<TextSpan> spans) {
        return splitBefore(paragraph, spans, DECIMAL_THEN_WORD, word -> true);
    }

    // Starts a new sentence at group 1 of each match whose group 1 passes the test.
    private static List<TextSpan> splitBefore(String paragraph, List<TextSpan> spans, Pattern boundary,
            Predicate<String> opens) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan span : spans) {
            int start = span.start();
            Matcher m = boundary.matcher(paragraph).region(span.start(), span.end());
            while (m.find()) {
                if (opens.test(m.group(1))) {
                    out.add(new TextSpan(start, m.start(1)).trimmedEnd(paragraph));
                    start = m.start(1);
                }
            }
            out.add(new TextSpan(start, span.end()));
        }
        return out;
    }

    private static List<TextSpan> joinAbbreviations(String paragraph, List<TextSpan> spans) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan span : spans) {
            boolean continues = !out.isEmpty()
                    && Abbreviations.continuesAfter(lastWord(paragraph, out.get(out.size() - 1)), span.of(paragraph));
            if (continues) {
                out.add(new TextSpan(out.remove(out.size() - 1).start(), span.end()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static List<TextSpan> joinQuotations(String paragraph, List<TextSpan> spans) {
        List<TextSpan> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            int last = i;
            if (Quotes.opensWithoutClosing(spans.get(i).of(paragraph))) {
                last = closingSentence(paragraph, spans, i);
            }
            out.add(new TextSpan(spans.get(i).start(), spans.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    private static int closingSentence(String paragraph, List<TextSpan> spans, int from) {
        int limit = Math.min(spans.size() - 1, from + MAX_QUOTED_SENTENCES - 1);
        for (int j = from + 1; j <= limit; j++) {
            String joined = paragraph.substring(spans.get(from).start(), spans.get(j).end());
            if (!Quotes.opensWithoutClosing(joined)) {
                return j;
            }
        }
        return from;
    }

    private static String lastWord(String paragraph, TextSpan span) {
        String text = span.of(paragraph).stripTrailing();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static TextSpan trimStart(String paragraph, TextSpan span) {
        int start = span.start();
        while (start < span.end() && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        return new TextSpan(start, span.end());
    }
}
