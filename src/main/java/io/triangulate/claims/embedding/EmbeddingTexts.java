package io.triangulate.claims.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What is embedded for each claim of a report: its own words, or, when the claim points back to
 * what came before ("no such meeting is scheduled", "This made it impossible"), the claim before
 * it followed by its own words. A sentence vector cannot resolve "such" or "this"; with its antecedent in view, the vector says what the claim is about, and a report
 * that restates a fact through a reference still aligns with one that names it. Only the vector
 * sees the context: the claim's text, lemmas and annotations stay its own.
 */
public final class EmbeddingTexts {

    // Anaphoric "such" (not "such as", which introduces examples), or a claim that opens, after an
    // optional one-word connective ("However,"), with a demonstrative: both stand for what was just
    // said. Personal pronouns and possessives ("He said", "Her film") only leave out who is meant; the
    // claim says what it says, and its antecedent would blur its vector.
    private static final Pattern POINTS_BACK = Pattern.compile("\\b[Ss]uch (?!as\\b)"
            + "|^(?:[A-Z][a-z]+, )?(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)\\b");

    private EmbeddingTexts() {
    }

    /** @param claims a report's claim texts in reading order; @return the texts to embed, one per claim */
    public static List<String> of(List<String> claims) {
        List<String> texts = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            String claim = claims.get(i);
            texts.add(i > 0 && pointsBack(claim) ? claims.get(i - 1) + " " + claim : claim);
        }
        return texts;
    }

    /**
     * The vectors of the claims' own words where {@link #of} embeds them with context, null for the
     * others: one more batch, for the few claims that point back.
     */
    public static List<float[]> ownVectors(List<String> claims, Function<List<String>, List<float[]>> embed) {
        List<String> pointing = new ArrayList<>();
        for (int i = 1; i < claims.size(); i++) {
            if (pointsBack(claims.get(i))) {
                pointing.add(claims.get(i));
            }
        }
        List<float[]> vectors = pointing.isEmpty() ? List.of() : embed.apply(pointing);
        List<float[]> out = new ArrayList<>(claims.size());
        int next = 0;
        for (int i = 0; i < claims.size(); i++) {
            out.add(i > 0 && pointsBack(claims.get(i)) ? vectors.get(next++) : null);
        }
        return out;
    }

    /** Whether a claim refers back to what came before it, so that it is embedded with it. */
    public static boolean pointsBack(String claim) {
        return POINTS_BACK.matcher(claim).find();
    }
}
