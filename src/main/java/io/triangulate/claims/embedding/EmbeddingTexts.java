package io.triangulate.claims.embedding;

import java.util.ArrayList;
import java.util.Collections;
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

    /** Each claim's vector ({@link #of}) and, where that was made with context, its own words' vector (else null). */
    public record Embedded(List<float[]> vectors, List<float[]> ownVectors) {
    }

    /**
     * Embeds a report's claims in one batch: each as {@link #of} gives it, and the few that point
     * back on their own words too.
     */
    public static Embedded embed(List<String> claims, Function<List<String>, List<float[]>> embed) {
        List<String> texts = new ArrayList<>(of(claims));
        List<Integer> pointing = new ArrayList<>();
        for (int i = 1; i < claims.size(); i++) {
            if (pointsBack(claims.get(i))) {
                pointing.add(i);
                texts.add(claims.get(i));
            }
        }
        List<float[]> all = texts.isEmpty() ? List.of() : embed.apply(texts);
        List<float[]> own = new ArrayList<>(Collections.nCopies(claims.size(), (float[]) null));
        for (int k = 0; k < pointing.size(); k++) {
            own.set(pointing.get(k), all.get(claims.size() + k));
        }
        return new Embedded(all.subList(0, claims.size()), own);
    }

    /** Whether a claim refers back to what came before it, so that it is embedded with it. */
    public static boolean pointsBack(String claim) {
        return POINTS_BACK.matcher(claim).find();
    }
}
