package io.triangulate.report.parsing;

/**
 * A half-open range {@code [start, end)} of characters in a text.
 *
 * @param start index of the first character
 * @param end   index after the last character
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The characters this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** This span without the whitespace at its end. */
    public TextSpan trimmedEnd(String text) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return new TextSpan(start, last);
    }

    public int length() {
        return end - start;
    }
}
