package io.triangulate.report.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether decoded text is written in Markdown. Plain reports often hold a stray dash list
 * or an asterisk, and reading them as Markdown would merge their single-line paragraphs, so one
 * strong sign (a heading, a link, a fence) is enough but weak signs must repeat.
 */
final class MarkdownSignals {

    private static final Pattern STRONG = Pattern.compile(
            "(?m)^#{1,6}[ \\t]+\\S|\\[[^\\]\\n]+\\]\\([^)\\s]+[^)]*\\)|^(```|~~~)|^\\S.*\\n={3,}[ \\t]*$");
    private static final Pattern WEAK = Pattern.compile(
            "(?m)^[ \\t]{0,3}([-*+]|\\d{1,3}[.)])[ \\t]+\\S|\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__"
                    + "|(?<![\\w*])\\*[^*\\s][^*\\n]*\\*(?![\\w*])|(?<!\\w)_[^_\\s][^_\\n]*_(?!\\w)|^>[ \\t]");
    private static final int WEAK_NEEDED = 2;

    private MarkdownSignals() {
    }

    static boolean isMarkdownName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    static boolean hasMarkdownStructure(String text) {
        if (STRONG.matcher(text).find()) {
            return true;
        }
        Matcher weak = WEAK.matcher(text);
        int found = 0;
        while (weak.find()) {
            if (++found >= WEAK_NEEDED) {
                return true;
            }
        }
        return false;
    }
}
