package io.triangulate.alignment.judge;

import io.triangulate.alignment.DifferenceKind;
import io.triangulate.report.parsing.TaggedToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    // Words that pair two things without giving either a role ("talks between", "along with").
    private static final Set<String> PAIRING = Set.of("with", "between", "vs", "vs.", "v", "v.", "versus", "plus",
            "by");
    // Words that join a list ("Japan and South Korea"), unless a verb between starts another clause.
    private static final Set<String> LISTING = Set.of("and", "or", "nor", "&", "/", ",");
    // Verbs of relations that run both ways: "X met Y" is "Y met X".
    private static final Set<String> SYMMETRIC = Set.of("meet", "talk", "speak", "marry", "wed", "tie", "draw", "play",
            "face", "fight", "clash", "battle", "negotiate", "merge", "partner", "compete", "collide", "chat",
            "trade", "share", "resemble", "match", "equal", "border", "join", "date");
    private static final Set<String> ITEM = Set.of("NOUN", "PROPN", "ADJ");
    private static final int MAX_ITEM = 3;
    private static final int MAX_BETWEEN = 12;
    // Beyond this many tokens between the two, the explanation shows "X … Y" instead of the whole stretch.
    private static final int SHOWN_BETWEEN = 4;

    @Override
    public List<Conflict> conflicts(ClaimPair pair) {
        List<String> a = words(pair.a());
        List<String> b = words(pair.b());
        for (int from = 0; from < a.size(); from++) {
            for (int len = 1; len <= MAX_ITEM && from + len < a.size(); len++) {
                if (!item(pair.a(), from, from + len)) {
                    continue;
                }
                for (int second = from + len + 1; second <= from + len + MAX_BETWEEN && second < a.size(); second++) {
                    for (int len2 = 1; len2 <= MAX_ITEM && second + len2 <= a.size(); len2++) {
                        Conflict c = swap(pair, a, b, new int[] {from, from + len, second, second + len2});
                        if (c != null) {
                            return List.of(c);
                        }
                    }
                }
            }
        }
        return List.of();
    }

    // x = [first, firstEnd) and y = [second, secondEnd) of a: whether b reads y, the words between, x.
    private static Conflict swap(ClaimPair pair, List<String> a, List<String> b, int[] at) {
        int first = at[0];
        int firstEnd = at[1];
        int second = at[2];
        int secondEnd = at[3];
        if (!item(pair.a(), second, secondEnd)) {
            return null;
        }
        List<String> x = a.subList(first, firstEnd);
        List<String> y = a.subList(second, secondEnd);
        List<String> between = a.subList(firstEnd, second);
        if (x.equals(y) || !givesRoles(pair.a(), firstEnd, second)) {
            return null;
        }
        List<String> swapped = concat(y, between, x);
        int j = Collections.indexOfSubList(b, swapped);
        if (j < 0 || Collections.indexOfSubList(b, concat(x, between, y)) >= 0
                || Collections.indexOfSubList(a, swapped) >= 0 || count(a, x) != 1 || count(a, y) != 1
                || count(b, x) != 1 || count(b, y) != 1) {
            return null;
        }
        int bFirstEnd = j + y.size();
        int bSecond = bFirstEnd + between.size();
        boolean named = named(pair.a(), first, firstEnd) || named(pair.a(), second, secondEnd);
        return new Conflict(named ? DifferenceKind.ENTITY : DifferenceKind.OTHER,
                shown(pair.a(), first, secondEnd, firstEnd, second),
                shown(pair.b(), j, bSecond + x.size(), bFirstEnd, bSecond),
                named ? "give the roles the other way round" : "put the same words the other way round");
    }

    private static List<String> words(ClaimView view) {
        return view.tokens().stream().map(TaggedToken::lower).toList();
    }

    private static List<String> concat(List<String> x, List<String> between, List<String> y) {
        List<String> all = new ArrayList<>(x);
        all.addAll(between);
        all.addAll(y);
        return all;
    }

    private static int count(List<String> words, List<String> part) {
        int n = 0;
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                n++;
            }
        }
        return n;
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

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");

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
