package io.triangulate.bench;

import io.triangulate.alignment.judge.EmbeddedWords;
import io.triangulate.alignment.judge.JudgeSettings;
import io.triangulate.alignment.judge.RuleBasedFactJudge;
import io.triangulate.claims.embedding.MiniLmEmbedder;
import io.triangulate.report.parsing.TokenTagger;

import io.triangulate.alignment.Aligner;
import io.triangulate.alignment.AlignmentSettings;
import io.triangulate.alignment.ComparisonEngine;
import io.triangulate.alignment.FactJudge;
import java.lang.reflect.InvocationTargetException;

/**
 * The one place the benchmarks get their comparison engine from: the real aligner
 * ({@code ClusteringAligner(AlignmentSettings.defaults())}) and the real judge
 * ({@code RuleBasedFactJudge} with word vectors, built as the app builds it). With
 * {@code -Dbench.standins=true} simple stand-ins take their place, for comparison, and
 * {@link #description()} says so.
 */
public final class Engines {

    static final String ALIGNER = "io.triangulate.alignment.ClusteringAligner";
    static final String SETTINGS = "io.triangulate.alignment.AlignmentSettings";
    static final String JUDGE = "io.triangulate.alignment.judge.RuleBasedFactJudge";

    private static Resolved resolved;

    private Engines() {
    }

    /** The engine every benchmark measures. */
    public static ComparisonEngine standard() {
        Resolved r = resolve();
        return new ComparisonEngine(r.aligner, r.judge);
    }

    /** Which aligner and judge {@link #standard()} uses, for the top of the output. */
    public static String description() {
        Resolved r = resolve();
        return "aligner: " + r.alignerNote + "\njudge:   " + r.judgeNote;
    }

    private static synchronized Resolved resolve() {
        if (resolved == null) {
            boolean forceStandIns = Boolean.getBoolean("bench.standins");
            Aligner aligner = null;
            String alignerNote;
            FactJudge judge = null;
            String judgeNote;
            if (forceStandIns) {
                alignerNote = judgeNote = "forced by -Dbench.standins=true";
            } else {
                try {
                    Class<?> settings = Class.forName(SETTINGS);
                    Object defaults = overridden((AlignmentSettings) settings.getMethod("defaults").invoke(null));
                    aligner = (Aligner) Class.forName(ALIGNER).getConstructor(settings).newInstance(defaults);
                    alignerNote = ALIGNER + "(" + (defaults.equals(AlignmentSettings.defaults())
                            ? "AlignmentSettings.defaults()" : defaults.toString()) + ")";
                } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                    alignerNote = "not usable (" + reason(e) + ")";
                }
                judge = new RuleBasedFactJudge(new TokenTagger(), JudgeSettings.defaults(),
                        new EmbeddedWords(new MiniLmEmbedder()));
                judgeNote = JUDGE + "(tagger, defaults, word vectors), as the app builds it";
            }
            if (aligner == null) {
                aligner = new MutualBestMatchAligner(MutualBestMatchAligner.THRESHOLD);
                alignerNote = "STAND-IN MutualBestMatchAligner(cosine >= " + MutualBestMatchAligner.THRESHOLD
                        + ") -- real one " + alignerNote;
            }
            if (judge == null) {
                judge = new NoDifferenceJudge();
                judgeNote = "STAND-IN NoDifferenceJudge (never finds a difference) -- real one " + judgeNote;
            }
            resolved = new Resolved(aligner, alignerNote, judge, judgeNote);
        }
        return resolved;
    }

    /**
     * The defaults with -Dbench.align.threshold, .repeat, .linkage, .mutual, .margin, .hub, .background, .lede, .gather and .weights applied, for trying other
     * settings without a rebuild.
     */
    private static AlignmentSettings overridden(AlignmentSettings d) {
        return new AlignmentSettings(Double.parseDouble(System.getProperty("bench.align.threshold", "" + d.threshold())),
                Double.parseDouble(System.getProperty("bench.align.repeat", "" + d.repeatThreshold())),
                Double.parseDouble(System.getProperty("bench.align.repeatCosine", "" + d.repeatCosine())),
                Double.parseDouble(System.getProperty("bench.align.linkage", "" + d.minLinkage())), d.blockAbove(),
                d.probes(), Double.parseDouble(System.getProperty("bench.align.mutual", "" + d.mutualThreshold())),
                Double.parseDouble(System.getProperty("bench.align.margin", "" + d.mutualMargin())),
                Double.parseDouble(System.getProperty("bench.align.hub", "" + d.hubPenalty())),
                Double.parseDouble(System.getProperty("bench.align.background", "" + d.backgroundClaims())),
                Double.parseDouble(System.getProperty("bench.align.lede", "" + d.ledeBonus())),
                Double.parseDouble(System.getProperty("bench.align.gather", "" + d.gatherThreshold())), weights(d));
    }

    // -Dbench.align.weights=bias,cosine,lemmas,containment,entities,numbers
    private static AlignmentSettings.PairWeights weights(AlignmentSettings d) {
        String given = System.getProperty("bench.align.weights", "");
        if (given.isBlank()) {
            return d.weights();
        }
        double[] w = java.util.Arrays.stream(given.split(",")).mapToDouble(Double::parseDouble).toArray();
        return new AlignmentSettings.PairWeights(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    private static String reason(Throwable e) {
        Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ClassNotFoundException) {
            return "class " + cause.getMessage() + " not found";
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private record Resolved(Aligner aligner, String alignerNote, FactJudge judge, String judgeNote) {
    }
}
