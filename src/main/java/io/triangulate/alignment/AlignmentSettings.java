package io.triangulate.alignment;

/**
 * The numbers the aligner works with. The weights come from fitting the pair score on the MSRP
 * training pairs and the VitaminC claim/evidence pairs ({@code FitPairScore} in the tests); the
 * threshold from the benchmarks (MSRP F1, claim/evidence alignment, the perturbation suite).
 * {@link AlignmentConfig} maps typed configuration onto them and keeps the same defaults.
 *
 * @param threshold      minimum pair score (0..1) for two claims of different reports to share a fact
 * @param repeatThreshold minimum score for two claims of the same report to share a fact (a repeat):
 *                       0.8 to 0.7 lets a report's summary line and lede, or its lede and closing line,
 *                       join the other report's claim of that fact ("is poised to vote through a
 *                       congestion charge" / "is expected to approve a new congestion charge"). Blind
 *                       labelled pairs p10-p11 aligned together .622 to .640 (reported missing .853 to
 *                       .857), p8-p9 .469 to .541; the first 14 pairs, the seed pair, PropSegmEnt and
 *                       the perturbations unchanged; ECB+ .361 to .362
 * @param repeatCosine   minimum sentence-vector cosine for such a repeat: a report restating itself
 *                       says the same thing, while a short claim whose words a long sentence of the
 *                       same report happens to contain ("nobody knows what the Red Sox offered" / "I'm
 *                       sure the Red Sox offer will be the only one ...") only shares its topic. 0.7 with
 *                       all-MiniLM vectors; bge-small's cosines run higher, and at 0.7 two dropped
 *                       sentences of the perturbation suite joined a sentence of their own report
 *                       ("The heist near Place Vendome is the latest ..." / "Paris has also been the scene
 *                       of high-profile robberies"): 0.8 keeps every dropped sentence an omission
 * @param minLinkage     no pair across two groups may score below this when they merge (stops chaining)
 * @param blockAbove     above this many claims, candidate pairs come from an index instead of all pairs
 * @param probes         how many vector cells each claim is filed under when the index is used
 * @param mutualThreshold lowest pair score at which two claims that are each other's clear best
 *                       counterpart share a fact all the same ({@link MutualBest}). 0.35 with all-MiniLM
 *                       vectors; with bge-small's (docs/decisions/0007) fewer of VitaminC's claims reached
 *                       their only evidence sentence (aligned 93.1% to 90.1%, balanced accuracy .755 to
 *                       .734). 0.33 wins part of that back (.743) with the 40 labelled pairs, the seed
 *                       pair, PropSegmEnt, the perturbation suite and ECB+ unchanged; 0.3 more (.750)
 *                       but the labelled pairs fall (per two-sided fact .771 to .767, precision .765 to .748)
 * @param mutualMargin   how far such a pair must score above each claim's runner-up in the other report:
 *                       0.3 to 0.2 took the labelled report pairs' aligned-together F1 from .461 to .510
 *                       (precision .833 to .851) and ECB+ F1 .339 to .349. PropSegmEnt, which holds one
 *                       claim against a document, fell with every step until a single claim stopped
 *                       taking part ({@link MutualBest}). Since then, with the seed pair, PropSegmEnt and
 *                       the sentence-pair sets unchanged, 0.2 to 0.12 takes the labelled pairs from .513
 *                       to .549 (per two-sided fact .724 to .761; precision .870 to .833; reported missing
 *                       .833 to .843) and ECB+ from .339 to .354 (odd topics .318 to .328). Smaller margins
 *                       drop the labelled pairs' precision under .8 (0.1: .780) and cost the seed pair's
 *                       reported-missing F1 (0.05: .900 to .865) for little more (ECB+ .360). With bge-small
 *                       vectors (docs/decisions/0007) 0.12 to 0.08 takes the 36 labelled pairs from .574 to
 *                       .592 (precision .815 to .775; per two-sided fact .759 to .771); 0.1 gave .585 and
 *                       .766, 0.06 .585 and .755
 * @param hubPenalty     how much of a candidate's closeness to the whole of the other report is taken
 *                       off its score when a claim's counterparts there are ranked ({@link MutualBest}):
 *                       a report's lede or summary line stands close to most of the other report's
 *                       claims and would otherwise be everyone's runner-up. 0 to 0.5 took the labelled
 *                       report pairs' aligned-together F1 from .572 to .589 (precision .807 to .792; per
 *                       two-sided fact .751 to .762; reported missing .834 to .841), on pairs p8-p13 alone
 *                       from .574 to .601, on p1-p7 from .570 to .579; ECB+ .362 to .365; the seed pair,
 *                       PropSegmEnt and the perturbation suite unchanged. 0.25 gave about the same, 0.75
 *                       and 1 less (.575 and .555 on p8-p13)
 * @param backgroundClaims how strongly words shared by many of an event's claims are discounted in
 *                       the lemma features ({@link LemmaWeights}): claims assumed to use none of
 *                       them; 0 counts every word the same. 10, 20 and 40 gave the same figures
 *                       (PropSegmEnt accuracy .736 to .75-.76, seed pair reported-missing F1 .846 to .875)
 * @param ledeBonus      how much more readily two reports' ledes ({@link Ledes}) pair, in the pair
 *                       score's logistic units: 1 lifts a pair at .45 to .69. On the seed pair the
 *                       ledes pair instead of one lede and the other report's topic sentence
 *                       (aligned together .133 to .267, reported missing .875 to .900); ECB+ F1 .331
 *                       to .337; MSRP, PropSegmEnt and the perturbation suite unchanged
 * @param gatherThreshold lowest mean score across reports at which two facts, each already carried by
 *                       two reports or more, join as one fact the reports each state more than once in
 *                       other words ({@link RestatedFacts}). Off to 0.5 takes the 40 labelled pairs'
 *                       aligned-together F1 from .592 to .602 (per two-sided fact .771 to .775, precision
 *                       .762 to .757; no batch falls, p14-p16 .535 to .577), the seed pair's from .333 to
 *                       .500 and ECB+ F1 from .383 to .407 (odd topics .351 to .391, even .416 to .424);
 *                       reported missing, the perturbation suite, the probes and the sentence-pair sets
 *                       unchanged. 0.45 gave .601 and .775 (seed pair .417), 0.4 .596 (precision .716),
 *                       0.55 .598. Letting a claim on its own join such a fact as well rose to .619 but
 *                       made dropped sentences of the perturbation suite join their neighbours' facts.
 *                       Two facts that share no report are left to the threshold: gathering them too
 *                       gave ECB+ .415 at the same precision
 * @param weights        the pair score's logistic weights: bias, cosine, lemma overlap (Dice), lemma
 *                       containment (the shorter claim's share found in the longer), entities, numbers;
 *                       fitted on bge-small vectors (MSRP training pairs and VitaminC claim/evidence pairs:
 *                       F1 .804 at threshold 0.6, against .802 with all-MiniLM's), the entity weight left
 *                       at 0 as before
 */
public record AlignmentSettings(double threshold, double repeatThreshold, double repeatCosine, double minLinkage, int blockAbove,
        int probes, double mutualThreshold, double mutualMargin, double hubPenalty, double backgroundClaims,
        double ledeBonus, double gatherThreshold, PairWeights weights) {

    /** Logistic weights of the pair score's features. */
    public record PairWeights(double bias, double cosine, double lemmas, double containment, double entities,
            double numbers) {
    }

    public static AlignmentSettings defaults() {
        return new AlignmentSettings(0.6, 0.7, 0.8, 0.3, 300, 3, 0.33, 0.08, 0.5, 20, 1.0, 0.5,
                new PairWeights(-5.17, 6.53, -2.80, 3.89, 0.0, 0.02));
    }
}
