package io.triangulate.report.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a printed page adds around the story: page numbers, and running headers and footers
 * (the same short line, page numbers aside, at the top or bottom of most pages). Only the first
 * and last few lines of a page are candidates, so a refrain inside the story survives.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–— ]*(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-–— ]*$");
    private static final int EDGE_LINES = 3;
    private static final int SHORT_LINE = 100;
    private static final double MOST_PAGES = 0.6;

    private PageFurniture() {
    }

    /** The pages' lines in reading order without the furniture. */
    static List<String> strip(List<List<String>> pages) {
        Set<String> running = runningLines(pages);
        List<String> kept = new ArrayList<>();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i).strip();
                boolean atEdge = i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                if (PAGE_NUMBER.matcher(line).matches() || atEdge && running.contains(key(line))) {
                    continue;
                }
                kept.add(page.get(i));
            }
        }
        return kept;
    }

    private static Set<String> runningLines(List<List<String>> pages) {
        Map<String, Integer> pagesWithLine = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i).strip();
                if ((i < EDGE_LINES || i >= page.size() - EDGE_LINES) && !line.isEmpty() && line.length() <= SHORT_LINE) {
                    seen.add(key(line));
                }
            }
            seen.forEach(k -> pagesWithLine.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * MOST_PAGES));
        Set<String> running = new HashSet<>();
        pagesWithLine.forEach((k, n) -> {
            if (n >= needed) {
                running.add(k);
            }
        });
        return running;
    }

    /** "Daily Planet — page 3" and "Daily Planet — page 4" are the same running line. */
    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
