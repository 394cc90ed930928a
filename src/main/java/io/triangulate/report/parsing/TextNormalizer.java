package io.triangulate.report.parsing;

import java.text.Normalizer;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Brings a report's raw text into the one form every later stage assumes: NFC, {@code \n} line
 * ends, single spaces, and one paragraph per line.
 *
 * <p>Blank lines carry no meaning after this stage: each non-blank line is a paragraph and
 * paragraphs are separated by exactly one {@code \n}, which is also what the document extractors
 * produce. Quotes, apostrophes and dashes are kept as written, because claims are cut out of the
 * normalised text and must stay exact substrings of it. Pure and thread-safe.
 */
public final class TextNormalizer {

    // Format characters (zero-width spaces, joiners, BOM) are invisible in the source but
    // would break word matching and offsets, so they go before anything else.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern ODD_SPACES =
            Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n ]]");
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");

    /**
     * @param raw the text as imported; null is treated as empty
     * @return the normalised text, without leading or trailing blank lines
     */
    public String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        text = CONTROLS.matcher(text).replaceAll("");
        return joinParagraphs(text);
    }

    private static String joinParagraphs(String text) {
        StringJoiner paragraphs = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            String cleaned = SPACE_RUNS.matcher(line).replaceAll(" ").strip();
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        return paragraphs.toString();
    }
}
