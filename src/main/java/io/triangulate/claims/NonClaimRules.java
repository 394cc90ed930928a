package io.triangulate.claims;

import io.triangulate.report.parsing.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the page furniture of a report from its content: headings, section labels, bylines,
 * datelines and boilerplate. A paragraph either has no content at all, or its content starts
 * after a label ("Summary –") or a dateline ("WASHINGTON (Reuters) —").
 */
final class NonClaimRules {

    private static final Pattern LABEL = Pattern.compile("^(?i:summary|article|abstract|overview|key points|"
            + "highlights|update|analysis|editor[’']s note|background|context)\\s*(?:[–—:|-]+|$)\\s*");
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*"
            + "(?:,\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2})?(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s+");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|,\\s*)"
            + "(?:and|&|\\p{Lu}[\\p{L}.'’-]*))*\\s*$");
    private static final List<Pattern> BOILERPLATE = List.of(
            Pattern.compile("^(?:©|\\(c\\)|copyright\\b)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("all rights reserved", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:subscribe|sign up|read more|click here|follow us|share this|advertisement|"
                    + "also read|related:|reporting by|additional reporting|editing by|writing by)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:we|this (?:site|website)) uses? cookies\\b|\\baccept (?:all )?cookies\\b",
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][”’\"')\\]]*[,;]?$");
    private static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_QUESTION_HEADING_WORDS = 8;

    private NonClaimRules() {
    }

    /** Where the claim-bearing part of a paragraph is, or empty when the paragraph has none. */
    static Optional<TextSpan> content(String text, TextSpan paragraph) {
        String body = paragraph.of(text);
        int skip = prefixLength(body);
        String rest = body.substring(skip);
        if (rest.isBlank() || isBoilerplate(rest) || BYLINE.matcher(rest).matches() || isHeading(rest)) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(paragraph.start() + skip, paragraph.end()));
    }

    /** True for a sentence that is boilerplate wherever it stands ("Read more", "Reporting by ..."). */
    static boolean isBoilerplate(String sentence) {
        return BOILERPLATE.stream().anyMatch(p -> p.matcher(sentence.strip()).find());
    }

    private static int prefixLength(String body) {
        Matcher label = LABEL.matcher(body);
        if (label.find()) {
            return label.end();
        }
        Matcher dateline = DATELINE.matcher(body);
        return dateline.find() && dateline.end() < body.length() ? dateline.end() : 0;
    }

    private static boolean isHeading(String paragraph) {
        String[] words = paragraph.split("\\s+");
        if (!SENTENCE_END.matcher(paragraph).find()) {
            return words.length <= MAX_HEADING_WORDS || TitleCase.of(words);
        }
        boolean question = paragraph.endsWith("?");
        return question && words.length <= MAX_QUESTION_HEADING_WORDS && paragraph.indexOf(". ") < 0
                || TitleCase.of(words) && words.length <= MAX_HEADING_WORDS;
    }
}
