package io.triangulate.report.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from lines that were wrapped to fit a page. A line that ends a sentence ends
 * its paragraph; a line that does not, followed by one that starts in lower case, was wrapped and
 * is joined (a trailing hyphen before a lower-case start was a word split, so it is removed).
 * When the page width is known, a line nearly as long as the widest one was wrapped too, even if
 * the next starts with a capital ("Governor Ana / Ruiz").
 */
final class LineJoiner {

    private static final String SENTENCE_ENDS = ".?!\"”’'):;";
    private static final double FULL_LINE = 0.75;

    private final int wrapWidth;

    /** @param wrapWidth the length of a full line, or 0 when lines are not known to be wrapped */
    LineJoiner(int wrapWidth) {
        this.wrapWidth = wrapWidth;
    }

    List<String> join(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previousLength = 0;
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                flush(current, paragraphs);
            } else if (current.length() > 0 && continues(current, previousLength, line)) {
                append(current, line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
            previousLength = line.length();
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private boolean continues(StringBuilder previous, int previousLength, String next) {
        if (SENTENCE_ENDS.indexOf(previous.charAt(previous.length() - 1)) >= 0) {
            return false;
        }
        char first = next.charAt(0);
        return Character.isLowerCase(first)
                || wrapWidth > 0 && Character.isLetterOrDigit(first) && previousLength >= wrapWidth * FULL_LINE;
    }

    private static void append(StringBuilder current, String line) {
        int end = current.length() - 1;
        boolean splitWord = current.charAt(end) == '-' && end > 0 && Character.isLetter(current.charAt(end - 1))
                && Character.isLowerCase(line.charAt(0));
        if (splitWord) {
            current.setLength(end);
        } else {
            current.append(' ');
        }
        current.append(line);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
