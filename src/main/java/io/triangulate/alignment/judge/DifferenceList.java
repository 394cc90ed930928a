package io.triangulate.alignment.judge;

import io.triangulate.alignment.Difference;
import io.triangulate.alignment.DifferenceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the conflicts found between pairs of claims into one entry per conflict: the same
 * words seen again against a third report join the entry already made ("five-day" against
 * "three-day" in reports 2 and 3 is one difference with three values), never overwrite it.
 */
final class DifferenceList {

    private record Entry(DifferenceKind kind, String about, Map<Long, String> values) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(long left, long right, Conflict conflict) {
        Map<Long, String> values = new TreeMap<>(Map.of(left, conflict.left(), right, conflict.right()));
        for (Entry entry : entries) {
            if (entry.kind() == conflict.kind() && joins(entry.values(), values)) {
                entry.values().putAll(values);
                return;
            }
        }
        entries.add(new Entry(conflict.kind(), conflict.about(), values));
    }

    // Joins when it shares a report's words with the entry and contradicts none of them.
    private static boolean joins(Map<Long, String> known, Map<Long, String> values) {
        boolean shared = false;
        for (Map.Entry<Long, String> v : values.entrySet()) {
            String words = known.get(v.getKey());
            if (words != null && !words.equals(v.getValue())) {
                return false;
            }
            shared |= words != null;
        }
        return shared;
    }

    List<Difference> toList() {
        return entries.stream().map(e -> new Difference(e.kind(), Collections.unmodifiableMap(e.values()),
                explanation(e))).toList();
    }

    private static String explanation(Entry e) {
        String words = String.join(" vs ", new LinkedHashSet<>(e.values().values()));
        return "The reports " + e.about() + ": " + words + ".";
    }
}
