package io.triangulate.report.parsing;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of normalised text: its non-blank lines, as spans without surrounding spaces. */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<TextSpan> of(String text) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            TextSpan trimmed = strip(text, start, end);
            if (trimmed.length() > 0) {
                paragraphs.add(trimmed);
            }
            start = end + 1;
        }
        return paragraphs;
    }

    private static TextSpan strip(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }
}
