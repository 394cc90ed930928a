package io.triangulate.report.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional header at the top of a text or Markdown report: a {@code ---} line, {@code key:
 * value} lines, and a closing {@code ---} line. Without the closing line there is no header, so a
 * report that merely starts with a rule keeps all its text.
 *
 * @param metadata what the header says (all null without one)
 * @param body the text after the header
 */
record FrontMatter(DocumentMetadata metadata, String body) {

    private static final String FENCE = "---";
    private static final int MAX_HEADER_LINES = 40;

    /** Splits {@code text} (line ends already normalised to {@code \n}) into header and body. */
    static FrontMatter split(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = normalised.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return new FrontMatter(DocumentMetadata.empty(), normalised);
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.size() && i <= MAX_HEADER_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.equals(FENCE)) {
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new FrontMatter(toMetadata(fields), body);
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(line.substring(colon + 1)));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
        }
        return new FrontMatter(DocumentMetadata.empty(), normalised);
    }

    private static DocumentMetadata toMetadata(Map<String, String> fields) {
        String published = first(fields, "published", "publishedat", "published_at", "date");
        return new DocumentMetadata(fields.get("source"), fields.get("title"), fields.get("url"),
                fields.get("author"), published);
    }

    private static String first(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            if (fields.get(key) != null) {
                return fields.get(key);
            }
        }
        return null;
    }

    private static String unquote(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value.isEmpty() ? null : value;
    }
}
