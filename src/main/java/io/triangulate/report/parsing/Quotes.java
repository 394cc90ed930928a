package io.triangulate.report.parsing;

/**
 * Quotation-mark bookkeeping shared by the splitter and the claim classifier. Curly quotes say
 * which way they face; straight double quotes are paired by counting.
 */
public final class Quotes {

    private Quotes() {
    }

    /** True when {@code text} opens a quotation it does not close. */
    public static boolean opensWithoutClosing(String text) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                curly++;
            } else if ((c == '”' || c == '»') && curly > 0) {
                curly--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }

    /** True for a character that opens a quotation. */
    public static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '«' || c == '‘';
    }

    /** True for a character that closes a quotation. */
    public static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '»' || c == '’';
    }
}
