package io.triangulate.alignment.judge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Opposites that news copy swaps to state the contrary ("shares rose" / "shares fell"), as lemma
 * pairs. General on purpose: movements, outcomes, decisions, speech acts, comparisons and
 * states, keeping against getting rid of, not any one story's words. Each word may have several
 * opposites. Verbs and nouns of a quantity's movement are opposite by direction, any upward one
 * against any downward one ("decline" / "increase", "tumbled" / "risen", "adding hours" / "cutting"),
 * not only in the pairs listed.
 */
final class Antonyms {

    private static final String[][] PAIRS = {
        {"rise", "fall"}, {"rise", "drop"}, {"rise", "decline"}, {"increase", "decrease"}, {"increase", "cut"},
        {"increase", "reduce"}, {"gain", "lose"}, {"grow", "shrink"}, {"climb", "fall"}, {"surge", "plunge"},
        {"surge", "tumble"}, {"soar", "plummet"}, {"raise", "lower"}, {"raise", "cut"}, {"up", "down"},
        {"expand", "contract"}, {"boost", "cut"}, {"strengthen", "weaken"}, {"improve", "worsen"},
        {"higher", "lower"}, {"high", "low"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"},
        {"large", "small"}, {"largest", "smallest"}, {"big", "small"}, {"biggest", "smallest"},
        {"long", "short"}, {"fast", "slow"}, {"early", "late"}, {"earlier", "later"}, {"first", "last"},
        {"old", "new"}, {"oldest", "newest"}, {"young", "old"}, {"strong", "weak"}, {"rich", "poor"},
        {"win", "lose"}, {"victory", "defeat"}, {"winner", "loser"}, {"success", "failure"}, {"succeed", "fail"},
        {"profit", "loss"}, {"pass", "fail"}, {"accept", "reject"}, {"approve", "reject"}, {"approve", "veto"},
        {"agree", "refuse"}, {"agree", "disagree"}, {"confirm", "deny"}, {"admit", "deny"}, {"allow", "ban"},
        {"allow", "forbid"}, {"allow", "prohibit"}, {"permit", "ban"}, {"legal", "illegal"},
        {"support", "oppose"}, {"for", "against"}, {"praise", "criticize"}, {"praise", "condemn"},
        {"welcome", "condemn"}, {"silent", "comment"}, {"silent", "speak"}, {"silent", "say"}, {"open", "close"}, {"open", "shut"},
        {"start", "end"}, {"start", "stop"}, {"begin", "end"}, {"begin", "finish"}, {"launch", "halt"},
        {"resume", "suspend"}, {"before", "after"}, {"above", "below"}, {"inside", "outside"},
        {"guilty", "innocent"}, {"convict", "acquit"}, {"arrest", "release"}, {"hire", "fire"},
        {"join", "leave"}, {"enter", "exit"}, {"arrive", "depart"}, {"import", "export"}, {"buy", "sell"},
        {"borrow", "lend"}, {"attack", "defend"}, {"war", "peace"}, {"ally", "enemy"}, {"friend", "enemy"},
        {"safe", "dangerous"}, {"safe", "unsafe"}, {"true", "false"}, {"positive", "negative"},
        {"optimistic", "pessimistic"}, {"good", "bad"}, {"best", "worst"}, {"better", "worse"},
        {"alive", "dead"}, {"survive", "die"}, {"live", "die"}, {"present", "absent"}, {"full", "empty"},
        {"public", "private"}, {"domestic", "foreign"}, {"include", "exclude"}, {"add", "remove"},
        {"maximum", "minimum"}, {"majority", "minority"}, {"north", "south"}, {"east", "west"},
        {"left", "right"}, {"male", "female"}, {"voluntary", "mandatory"}, {"temporary", "permanent"},
        {"possible", "impossible"}, {"likely", "unlikely"}, {"able", "unable"}, {"known", "unknown"},
        {"favorable", "unfavorable"}, {"favourable", "unfavourable"}, {"favorable", "negative"},
        {"favourable", "negative"}, {"acclaim", "criticize"}, {"acclaim", "criticise"}, {"legal", "unlawful"}, {"lawful", "unlawful"}, {"stable", "unstable"}, {"heavy", "light"},
        {"keep", "remove"}, {"keep", "delete"}, {"keep", "discard"}, {"retain", "remove"},
        {"ahead", "behind"}, {"ahead", "backward"}, {"ahead", "backwards"}, {"forward", "backward"},
        {"forward", "backwards"}, {"defend", "surrender"}, {"resist", "surrender"}, {"fight", "surrender"},
        {"lift", "impose"}, {"withdraw", "deploy"}, {"uphold", "overturn"}, {"uphold", "reverse"},
        {"uphold", "overrule"}, {"uphold", "quash"}, {"attend", "skip"}, {"attend", "miss"}, {"attend", "boycott"},
        {"pass", "reject"}, {"accept", "decline"}, {"sign", "veto"}, {"ratify", "reject"}, {"stay", "leave"},
        {"remain", "leave"}, {"continue", "stop"}, {"continue", "halt"}, {"continue", "end"},
        {"welcome", "criticize"}, {"welcome", "criticise"}, {"praise", "criticise"}, {"welcome", "reject"},
        {"acquit", "convict"}, {"acquittal", "conviction"}, {"acquit", "sentence"},
    };

    private static final Set<String> UPWARD = Set.of("rise", "increase", "grow", "climb", "gain", "surge", "soar",
            "jump", "expand", "boost", "raise", "add", "deepen", "tighten", "widen", "intensify", "accelerate");
    private static final Set<String> DOWNWARD = Set.of("fall", "decline", "drop", "decrease", "shrink", "slide", "sink",
            "plunge", "dip", "slump", "tumble", "plummet", "cut", "reduce", "lower", "loosen", "ease", "slow");

    private static final Map<String, Set<String>> OPPOSITES = new HashMap<>();

    static {
        for (String[] pair : PAIRS) {
            OPPOSITES.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            OPPOSITES.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
    }

    private Antonyms() {
    }

    static boolean opposite(String x, String y) {
        return OPPOSITES.getOrDefault(x, Set.of()).contains(y) || UPWARD.contains(x) && DOWNWARD.contains(y)
                || DOWNWARD.contains(x) && UPWARD.contains(y);
    }

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern");

    /** Whether two opposites are points of the compass: they name other places, not the contrary. */
    static boolean compass(String x, String y) {
        return COMPASS.contains(x.toLowerCase(java.util.Locale.ROOT)) && COMPASS.contains(y.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean known(String lemma) {
        return OPPOSITES.containsKey(lemma) || UPWARD.contains(lemma) || DOWNWARD.contains(lemma);
    }
}
