package io.triangulate.alignment.judge;

import io.triangulate.report.parsing.TaggedToken;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names of one role or body that news reports use for each other, whose words neither WordNet nor
 * the word vectors can tell from a real swap: "chief" / "top" sit as far apart (0.49) as "blue" /
 * "white" (0.62), "minister" / "secretary" are co-hyponyms in WordNet. Each row is one role; a
 * word of one name facing a word of another name of the same row is a rewording, and facing a
 * word of a name of another row a different role ("chief executive" / "chief financial officer").
 */
final class RoleNames {

    private static final List<List<String>> NAMES = List.of(
            List.of("chief executive", "chief executive officer", "top executive", "ceo"),
            List.of("chief financial officer", "finance chief", "cfo"),
            List.of("foreign minister", "foreign secretary", "minister of foreign affairs"),
            List.of("defence minister", "defense minister", "defence secretary", "defense secretary",
                    "minister of defence", "minister of defense"),
            List.of("interior minister", "home secretary", "minister of the interior"),
            List.of("finance minister", "minister of finance", "chancellor of the exchequer"),
            List.of("police officers", "police", "law enforcement", "law enforcement officers", "officers"),
            List.of("lawmakers", "legislators", "members of parliament", "mps"));
    private static final List<List<Pattern>> ROWS = NAMES.stream()
            .map(row -> row.stream().map(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList())
            .toList();
    // Every word of every name: a word outside them needs no search.
    private static final Set<String> WORDS = NAMES.stream().flatMap(List::stream)
            .flatMap(name -> Stream.of(name.split(" "))).collect(Collectors.toUnmodifiableSet());

    private RoleNames() {
    }

    /**
     * The longest name of a role that holds the word in the claim, or null. Names are matched in
     * the claim's own text, whatever its case, so their offsets are the claim's.
     */
    static Name find(ClaimView view, TaggedToken word) {
        if (!WORDS.contains(word.lower())) {
            return null;
        }
        Name found = null;
        for (int row = 0; row < ROWS.size(); row++) {
            for (Pattern name : ROWS.get(row)) {
                Matcher m = name.matcher(view.text());
                while (m.find()) {
                    if (m.start() <= word.start() && word.end() <= m.end()
                            && (found == null || m.end() - m.start() > found.length())) {
                        found = new Name(row, m.start(), m.end());
                    }
                }
            }
        }
        return found;
    }

    /** Where a role's name stands in a claim, and which role it names. */
    record Name(int role, int start, int end) {

        int length() {
            return end - start;
        }
    }
}
