package io.triangulate.alignment.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.Difference;
import io.triangulate.claims.ClaimAnnotations;
import io.triangulate.claims.ExtractedClaim;
import io.triangulate.claims.RuleBasedClaimExtractor;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.report.parsing.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the judge on the public bench data in ../shared/bench (never copied into the project).
 * SummEdits: original vs edited summary, claims paired by lexical overlap; VitaminC: claim vs
 * evidence as whole texts; MSRP: how often true paraphrases are flagged. Arguments name a set and
 * "fp" or "fn" to print up to 25 misjudged examples ("summedits fn", several: "summedits fn vitaminc fp"). Run after {@code ./mvnw test-compile}
 * from the project directory with the test classpath ({@code dependency:build-classpath}); system
 * properties judge.hunks, judge.width, judge.share and judge.unrelated override the lexical settings,
 * judge.figureContext and judge.figureWords the window and
 * shared words of {@link FigureContext};
 * judge.vectors=false leaves out the word vectors the app gives the judge.
 */
public final class JudgeEvaluation {

    private static final Path BENCH = Path.of("..", "shared", "bench");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextNormalizer normalizer = new TextNormalizer();
    private final RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();
    private final ClaimAnnotator annotator = new ClaimAnnotator();
    private final RuleBasedFactJudge judge;
    private final String show;

    private JudgeEvaluation(RuleBasedFactJudge judge, String show) {
        this.judge = judge;
        this.show = show;
    }

    public static void main(String[] args) throws IOException {
        String show = String.join(" ", args);
        boolean other = List.of(args).contains("other");
        JudgeSettings defaults = JudgeSettings.defaults();
        JudgeSettings settings = new JudgeSettings(defaults.approximateTolerance(), defaults.maxSwapTokens(),
                defaults.ignoredHedges(), defaults.timeframe(), other, defaults.lexical(),
                Integer.getInteger("judge.hunks", defaults.maxLexicalHunks()),
                Integer.getInteger("judge.width", defaults.maxLexicalWidth()),
                Double.parseDouble(System.getProperty("judge.share", String.valueOf(defaults.maxLexicalShare()))),
                Boolean.parseBoolean(System.getProperty("judge.unrelated", String.valueOf(defaults.lexicalUnrelated()))),
                defaults.clockToleranceMinutes(), Integer.getInteger("judge.figureContext", defaults.figureContextTokens()),
                Integer.getInteger("judge.figureWords", defaults.figureContextWords()));
        WordSimilarity words = Boolean.parseBoolean(System.getProperty("judge.vectors", "true"))
                ? new EmbeddedWords(new io.triangulate.claims.embedding.MiniLmEmbedder()) : WordSimilarity.NONE;
        JudgeEvaluation eval = new JudgeEvaluation(new RuleBasedFactJudge(new io.triangulate.report.parsing.TokenTagger(),
                settings, words), show);
        eval.summEdits();
        eval.vitaminC();
        eval.msrp();
    }

    private void summEdits() throws IOException {
        Score score = new Score("summedits");
        Map<String, int[]> byType = new TreeMap<>();
        for (JsonNode row : rows("summedits_news/summaries.jsonl")) {
            boolean divergent = row.get("label").asInt() == 0;
            List<Difference> found = judgeClaims(row.get("original_summary").asText(), row.get("summary").asText());
            score.add(divergent, !found.isEmpty(), row.get("original_summary").asText(), row.get("summary").asText(),
                    found);
            for (JsonNode type : row.get("edit_types")) {
                int[] counts = byType.computeIfAbsent(type.asText(), k -> new int[2]);
                counts[0] += divergent && !found.isEmpty() ? 1 : 0;
                counts[1] += divergent ? 1 : 0;
            }
        }
        score.print();
        byType.forEach((type, c) -> System.out.printf("  recall %-28s %.3f (%d/%d)%n", type, (double) c[0] / c[1],
                c[0], c[1]));
    }

    private void vitaminC() throws IOException {
        Score score = new Score("vitaminc");
        for (JsonNode row : rows("vitaminc_real/vitaminc_real_test_sample.jsonl")) {
            String label = row.get("label").asText();
            if (!label.equals("NOT ENOUGH INFO")) {
                String claim = row.get("claim").asText();
                String evidence = row.get("evidence").asText();
                List<Difference> found = judgeWhole(claim, evidence);
                score.add(label.equals("REFUTES"), !found.isEmpty(), claim, evidence, found);
            }
        }
        score.print();
    }

    private void msrp() throws IOException {
        Score score = new Score("msrp");
        for (JsonNode row : rows("msrp/msrp_test.jsonl")) {
            if (row.get("label").asInt() == 1) {
                String a = row.get("sentence1").asText();
                String b = row.get("sentence2").asText();
                List<Difference> found = judgeWhole(a, b);
                score.add(false, !found.isEmpty(), a, b, found);
            }
        }
        System.out.printf("msrp paraphrases flagged: %.3f (%d/%d)%n", score.fp / (double) score.negatives,
                score.fp, score.negatives);
        score.printKinds();
    }

    // Each claim of the edited text is judged against the original claim it shares most words with.
    private List<Difference> judgeClaims(String original, String edited) {
        List<ClaimInput> left = claims(1, original);
        List<Difference> found = new ArrayList<>();
        for (ClaimInput b : claims(2, edited)) {
            ClaimInput a = left.stream().max((x, y) -> Double.compare(overlap(x, b), overlap(y, b))).orElseThrow();
            found.addAll(judge.judge(List.of(a, b)));
        }
        return found;
    }

    private List<ClaimInput> claims(long report, String text) {
        List<ExtractedClaim> extracted = extractor.extract(normalizer.normalize(text), null);
        if (extracted.isEmpty()) {
            return List.of(whole(report, text));
        }
        return extracted.stream().map(c -> new ClaimInput(report * 1000 + c.index(), report, c.index(), c.text(),
                c.annotations(), null)).toList();
    }

    private List<Difference> judgeWhole(String a, String b) {
        return judge.judge(List.of(whole(1, a), whole(2, b)));
    }

    private ClaimInput whole(long report, String text) {
        String normalized = normalizer.normalize(text).strip();
        ClaimAnnotations annotations = annotator.annotate(normalized, null);
        return new ClaimInput(report, report, 0, normalized, annotations, null);
    }

    private static double overlap(ClaimInput x, ClaimInput y) {
        Set<String> a = new HashSet<>(x.annotations().lemmas());
        Set<String> b = new HashSet<>(y.annotations().lemmas());
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return union.isEmpty() ? 0 : (double) a.size() / union.size();
    }

    private static List<JsonNode> rows(String file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(BENCH.resolve(file))) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private final class Score {
        private final String name;
        private int tp;
        private int fn;
        private int fp;
        private int tn;
        private int negatives;
        private int shown;
        private final Map<String, Integer> kinds = new TreeMap<>();

        Score(String name) {
            this.name = name;
        }

        void add(boolean divergent, boolean flagged, String a, String b, List<Difference> found) {
            tp += divergent && flagged ? 1 : 0;
            fn += divergent && !flagged ? 1 : 0;
            fp += !divergent && flagged ? 1 : 0;
            tn += !divergent && !flagged ? 1 : 0;
            negatives += divergent ? 0 : 1;
            found.forEach(d -> kinds.merge((divergent ? "tp " : "fp ") + d.kind(), 1, Integer::sum));
            boolean wrong = divergent != flagged;
            String kind = divergent ? "fn" : "fp";
            if (wrong && (" " + show + " ").contains(" " + name + " " + kind + " ") && shown++ < Integer.getInteger("judge.show", 25)) {
                System.out.println("---- " + kind + "\n A: " + a + "\n B: " + b + "\n " + found);
            }
        }

        void print() {
            double tpr = tp / (double) Math.max(1, tp + fn);
            double tnr = tn / (double) Math.max(1, tn + fp);
            System.out.printf("%s balanced accuracy: %.3f (recall %.3f, specificity %.3f; tp %d fn %d fp %d tn %d)%n",
                    name, (tpr + tnr) / 2, tpr, tnr, tp, fn, fp, tn);
            printKinds();
        }

        void printKinds() {
            System.out.println("  kinds: " + kinds);
        }
    }
}
