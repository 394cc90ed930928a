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

    public int length() {
        return end - start;
    }
}
