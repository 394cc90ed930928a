package io.triangulate.alignment.judge;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Seats of power that news copy writes for the body they house: "the Pentagon" for the Defense
 * Department, "the Kremlin" for the Russian government, "Downing Street" for the British one.
 * WordNet lists the buildings and the bodies, but does not link them. Keys as {@link Names#key}
 * writes them; each group is one body under its names.
 */
final class Metonyms {

    private static final Set<Set<String>> GROUPS = Set.of(
            Set.of("pentagon", "defense department", "department of defense", "us defense department", "dod",
                    "defence department", "us military"),
            Set.of("kremlin", "russian government", "russian presidency"),
            Set.of("downing street", "number 10", "no 10", "british government", "uk government",
                    "british prime minister's office"),
            Set.of("elysee", "élysée", "elysee palace", "élysée palace", "french presidency", "french government"),
            Set.of("capitol hill", "congress", "us congress"),
            Set.of("foggy bottom", "state department", "department of state", "us state department"),
            Set.of("white house", "us administration", "trump administration", "biden administration",
                    "obama administration"),
            Set.of("holy see", "vatican"),
            Set.of("zhongnanhai", "chinese leadership", "chinese government"),
            Set.of("blue house", "south korean presidency", "south korean president's office"));

    private static final Map<String, Set<String>> BODY = new HashMap<>();

    static {
        for (Set<String> group : GROUPS) {
            group.forEach(name -> BODY.put(name, group));
        }
    }

    private Metonyms() {
    }

    /** Whether the two keys name one body, one by its seat. */
    static boolean sameBody(String x, String y) {
        Set<String> group = BODY.get(x);
        return group != null && group.contains(y);
    }
}
