package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.report.parsing.TaggedToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two names or things that trade places around the same words: "Ukraine defends itself from
 * Russia" / "Russia defends itself from Ukraine", "delete it from work devices, and ... from
 * personal devices" / the other way round. Each claim names the same things, so no name is
 * swapped for another, yet the two state different facts. Words that trade places in a list
 * ("Japan and South Korea" / "South Korea and Japan") or around a relation that runs both ways
 * ("Trump met with Kim", "talks between ...") say the same thing, as does a passive ("was invaded
 * by"), whose words around the two differ; none of these is a swap.
 */
final class RoleSwapCheck implements FactCheck {

    // Words that pair two things without giving either a role ("talks between", "along with"), or
    // that mark a passive, whose agent is the subject's role ("was invaded by").
    private static final Set<String> PAIRING = Set.of("with", "between", "vs", "vs.", "v", "v.", "versus", "plus",
            "by");
    // Words that join a list ("Japan and South Korea"), unless a verb between starts another clause.
    private static final Set<String> LISTING = Set.of("and", "or", "nor", "&", "/", ",");
    // Verbs of relations that run both ways: "X met Y" is "Y met X".
    private static final Set<String> SYMMETRIC = Set.of("meet", "talk", "speak", "marry", "wed", "tie", "draw", "play",
            "face", "fight", "clash", "battle", "negotiate", "merge", "partner", "compete", "collide", "chat",
            "trade", "share", "resemble", "match", "equal", "border", "join", "date");
    private static final Set<String> ITEM = Set.of("NOUN", "PROPN", "ADJ");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");
    private static final int MAX_ITEM = 3;
    private static final int MAX_BETWEEN = 12;
    // Beyond this many tokens between the two, the explanation shows "X … Y" instead of the whole stretch.
    private static final int SHOWN_BETWEEN = 4;

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<String> a = words(pair.a());
        List<String> b = words(pair.b());
        Map<List<String>, Integer> inA = spans(a);
        Map<List<String>, Integer> inB = spans(b);
        for (int first = 0; first < a.size(); first++) {
            for (int firstEnd = first + 1; firstEnd <= first + MAX_ITEM && firstEnd < a.size(); firstEnd++) {
                int bx = onceInBoth(a.subList(first, firstEnd), inA, inB);
                if (bx < 0 || !item(pair.a(), first, firstEnd)) {
                    continue;
                }
                for (int second = firstEnd + 1; second <= firstEnd + MAX_BETWEEN && second < a.size(); second++) {
                    for (int secondEnd = second + 1; secondEnd <= second + MAX_ITEM && secondEnd <= a.size(); secondEnd++) {
                        int by = onceInBoth(a.subList(second, secondEnd), inA, inB);
                        int byEnd = by + secondEnd - second;
                        // b reads the second, the same words between, then the first
                        if (by >= 0 && byEnd + second - firstEnd == bx
                                && b.subList(byEnd, bx).equals(a.subList(firstEnd, second))
                                && item(pair.a(), second, secondEnd) && givesRoles(pair.a(), firstEnd, second)) {
                            return List.of(conflict(pair, new int[] {first, firstEnd, second, secondEnd},
                                    new int[] {by, byEnd, bx, bx + firstEnd - first}));
                        }
                    }
                }
            }
        }
        return List.of();
    }

    // Every stretch of one to MAX_ITEM words, with where it stands, or -1 when it stands more than once.
    private static Map<List<String>, Integer> spans(List<String> words) {
        Map<List<String>, Integer> at = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (int end = i + 1; end <= i + MAX_ITEM && end <= words.size(); end++) {
                int here = i;
                at.merge(words.subList(i, end), here, (old, next) -> -1);
            }
        }
        return at;
    }

    // Where the stretch stands in b when it stands once in each claim, else -1.
    private static int onceInBoth(List<String> stretch, Map<List<String>, Integer> inA, Map<List<String>, Integer> inB) {
        Integer a = inA.get(stretch);
        Integer b = inB.get(stretch);
        return a == null || b == null || a < 0 ? -1 : b;
    }

    // at, in a and in b: first, its end, second, its end
    private static Conflict conflict(ClaimPair pair, int[] a, int[] b) {
        boolean named = named(pair.a(), a[0], a[1]) || named(pair.a(), a[2], a[3]);
        return new Conflict(named ? DifferenceKind.ENTITY : DifferenceKind.OTHER,
                shown(pair.a(), a[0], a[3], a[1], a[2]), shown(pair.b(), b[0], b[3], b[1], b[2]),
                named ? "give the roles the other way round" : "put the same words the other way round");
    }

    private static List<String> words(ClaimView view) {
        return view.tokens().stream().map(TaggedToken::lower).toList();
    }

    // A noun, name or adjective, whole (no noun or name just before or after it), and no figure or source.
    private static boolean item(ClaimView view, int from, int to) {
        List<TaggedToken> tokens = view.tokens();
        if (from > 0 && NOMINAL.contains(tokens.get(from - 1).pos())
                || to < tokens.size() && "PROPN".equals(tokens.get(to).pos())) {
            return false;
        }
        for (int i = from; i < to; i++) {
            TaggedToken t = tokens.get(i);
            if (!ITEM.contains(t.pos()) || view.inFigure(t) || view.inSource(t)) {
                return false;
            }
        }
        return true;
    }

    // The words between give the two different roles: a verb or preposition that neither pairs nor lists them.
    private static boolean givesRoles(ClaimView view, int from, int to) {
        boolean verb = false;
        boolean preposition = false;
        boolean listing = false;
        for (TaggedToken t : view.tokens().subList(from, to)) {
            if (PAIRING.contains(t.lower()) || SYMMETRIC.contains(t.lemma())) {
                return false;
            }
            verb |= t.isVerb();
            preposition |= "ADP".equals(t.pos());
            listing |= LISTING.contains(t.lower());
        }
        return verb || preposition && !listing;
    }

    private static boolean named(ClaimView view, int from, int to) {
        for (int i = from; i < to; i++) {
            TaggedToken t = view.tokens().get(i);
            if ("PROPN".equals(t.pos()) || i > 0 && t.isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static String shown(ClaimView view, int from, int to, int firstEnd, int secondStart) {
        if (secondStart - firstEnd <= SHOWN_BETWEEN) {
            return view.words(from, to);
        }
        return view.words(from, firstEnd) + " … " + view.words(secondStart, to);
    }
}
