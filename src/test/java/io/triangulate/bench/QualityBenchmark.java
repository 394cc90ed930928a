package io.triangulate.bench;

import static io.triangulate.bench.BenchConfig.f3;
import static io.triangulate.bench.BenchConfig.pct;
import static io.triangulate.bench.BenchConfig.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.Difference;
import io.triangulate.alignment.ReportClaims;
import io.triangulate.alignment.Verdict;
import io.triangulate.bench.PerturbationBuilder.Change;
import io.triangulate.bench.PerturbationBuilder.Perturbation;
import io.triangulate.claims.annotation.ClaimAnnotator;
import io.triangulate.claims.embedding.BgeSmallEmbedder;
import io.triangulate.report.parsing.TokenTagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How well the comparison engine does on public labelled data and on a perturbation suite built
 * from real news reports. A main, not a test: see README "Measuring quality and speed".
 *
 * <p>System properties: {@code bench.dir} (default {@code ../shared/bench}), {@code bench.limit}
 * (items per dataset), {@code bench.sections} (comma list of msrp, summedits, vitaminc,
 * propsegment, perturbations, seeds, ecb, probes, pairs; default all), {@code bench.seed} (perturbation seed, default
 * 42), {@code bench.docs} (perturbation documents, default 120), {@code bench.seeds.dir} (default
 * {@code <bench.dir>/../seeds}), {@code bench.verbose}, {@code bench.standins}.
 */
public final class QualityBenchmark {

    private final Path dir;
    private final int limit;
    private final Pipeline pipeline;

    private QualityBenchmark(Path dir, int limit, Pipeline pipeline) {
        this.dir = dir;
        this.limit = limit;
        this.pipeline = pipeline;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Path dir = BenchConfig.dir();
        int limit = BenchConfig.limit();
        System.out.println("== Triangulate quality benchmark");
        System.out.println(Engines.description());
        System.out.println("bench data: " + dir + (limit == Integer.MAX_VALUE ? "" : "   limit: " + limit + " per dataset"));
        long load = System.nanoTime();
        Pipeline pipeline = new Pipeline(new CachingEmbedder(new BgeSmallEmbedder()), Engines.standard());
        pipeline.compare(List.of("The model is loaded once.", "The model is loaded only once.")); // warm up models
        System.out.println("models loaded in " + seconds(load));
        QualityBenchmark bench = new QualityBenchmark(dir, limit, pipeline);
        Set<String> sections = Set.of(BenchConfig.property("bench.sections",
                "msrp,summedits,vitaminc,propsegment,perturbations,seeds,ecb,probes,pairs").split(","));
        if (sections.contains("msrp")) {
            bench.msrp();
        }
        if (sections.contains("summedits")) {
            bench.summEdits();
        }
        if (sections.contains("vitaminc")) {
            bench.vitaminC();
        }
        if (sections.contains("propsegment")) {
            bench.propSegment();
        }
        if (sections.contains("perturbations")) {
            bench.perturbations();
        }
        if (sections.contains("seeds")) {
            bench.seeds();
        }
        if (sections.contains("ecb")) {
            bench.ecb();
        }
        if (sections.contains("probes")) {
            bench.probes();
        }
        if (sections.contains("pairs")) {
            bench.pairs();
        }
        System.out.println();
        System.out.println("quality benchmark done in " + seconds(start));
    }

    // ---- a. MSRP ------------------------------------------------------------------------------

    private void msrp() {
        long start = System.nanoTime();
        List<JsonNode> rows = BenchConfig.jsonLines(dir.resolve("msrp/msrp_test.jsonl"));
        Confusion paraphrase = new Confusion();
        long positives = 0;
        long divergentPositives = 0;
        long notOneClaim = 0;
        for (JsonNode row : rows.subList(0, Math.min(limit, rows.size()))) {
            boolean gold = row.get("label").asInt() == 1;
            List<ComparedFact> facts = pipeline.compare(List.of(row.get("sentence1").asText(),
                    row.get("sentence2").asText()));
            paraphrase.add(gold, !facts.isEmpty() && !any(facts, Verdict.OMISSION));
            if (gold) {
                positives++;
                divergentPositives += any(facts, Verdict.DIVERGENCE) ? 1 : 0;
            }
            long claims1 = facts.stream().flatMap(f -> f.claims().stream()).filter(c -> c.reportId() == 1).count();
            long claims2 = facts.stream().flatMap(f -> f.claims().stream()).filter(c -> c.reportId() == 2).count();
            notOneClaim += claims1 != 1 || claims2 != 1 ? 1 : 0;
        }
        header("a. MSRP paraphrase (msrp_test.jsonl)", paraphrase.total(), start);
        System.out.println("   predicted paraphrase = every claim of both sentences in a fact carried by both");
        System.out.println("   label 1 (paraphrase): precision " + f3(paraphrase.precision()) + "  recall "
                + f3(paraphrase.recall()) + "  F1 " + f3(paraphrase.f1()) + "   accuracy " + f3(paraphrase.accuracy())
                + "   (" + paraphrase + ")");
        System.out.println("   divergence false-positive rate on label-1 pairs: " + divergentPositives + "/" + positives
                + " = " + pct(divergentPositives, positives));
        System.out.println("   pairs where a sentence did not give exactly one claim: " + notOneClaim);
    }

    // ---- b. SummEdits -------------------------------------------------------------------------

    private void summEdits() {
        long start = System.nanoTime();
        List<JsonNode> rows = BenchConfig.jsonLines(dir.resolve("summedits_news/summaries.jsonl"));
        Confusion divergence = new Confusion();
        Confusion divergenceOrOmission = new Confusion();
        Map<String, long[]> perType = new TreeMap<>(); // type -> {inconsistent, caught by D, caught by D|O}
        for (JsonNode row : rows.subList(0, Math.min(limit, rows.size()))) {
            boolean inconsistent = row.get("label").asInt() == 0;
            List<ComparedFact> facts = pipeline.compare(List.of(row.get("original_summary").asText(),
                    row.get("summary").asText()));
            boolean d = any(facts, Verdict.DIVERGENCE);
            boolean dOrO = d || any(facts, Verdict.OMISSION);
            divergence.add(inconsistent, d);
            divergenceOrOmission.add(inconsistent, dOrO);
            if (inconsistent) {
                List<String> types = new ArrayList<>();
                row.get("edit_types").forEach(t -> types.add(t.asText()));
                if (types.isEmpty()) {
                    types.add("(none given)");
                }
                for (String type : types) {
                    long[] c = perType.computeIfAbsent(type, k -> new long[3]);
                    c[0]++;
                    c[1] += d ? 1 : 0;
                    c[2] += dOrO ? 1 : 0;
                }
            }
        }
        header("b. SummEdits news (original_summary vs summary; positive = inconsistent, label 0)",
                divergence.total(), start);
        System.out.println("   any DIVERGENCE:              balanced accuracy " + f3(divergence.balancedAccuracy())
                + "  (recall " + f3(divergence.recall()) + ", specificity " + f3(divergence.specificity()) + "; "
                + divergence + ")");
        System.out.println("   any DIVERGENCE or OMISSION:  balanced accuracy " + f3(divergenceOrOmission.balancedAccuracy())
                + "  (recall " + f3(divergenceOrOmission.recall()) + ", specificity "
                + f3(divergenceOrOmission.specificity()) + "; " + divergenceOrOmission + ")");
        System.out.println("   recall per edit type (an edit row counts under each of its types):");
        perType.forEach((type, c) -> System.out.printf(Locale.ROOT,
                "     %-28s n=%-4d DIVERGENCE %-7s DIVERGENCE|OMISSION %s%n", type, c[0], pct(c[1], c[0]),
                pct(c[2], c[0])));
    }

    // ---- c. VitaminC --------------------------------------------------------------------------

    private void vitaminC() {
        long start = System.nanoTime();
        List<JsonNode> rows = BenchConfig.jsonLines(dir.resolve("vitaminc_real/vitaminc_real_test_sample.jsonl"))
                .stream().filter(r -> !"NOT ENOUGH INFO".equals(r.get("label").asText())).toList();
        Confusion refutes = new Confusion();
        long aligned = 0;
        for (JsonNode row : rows.subList(0, Math.min(limit, rows.size()))) {
            boolean gold = "REFUTES".equals(row.get("label").asText());
            List<ComparedFact> facts = pipeline.compare(List.of(row.get("claim").asText(), row.get("evidence").asText()));
            refutes.add(gold, any(facts, Verdict.DIVERGENCE));
            aligned += facts.stream().anyMatch(QualityBenchmark::carriedByBoth) ? 1 : 0;
        }
        header("c. VitaminC real (claim vs evidence; SUPPORTS vs REFUTES, NEI excluded; positive = REFUTES)",
                refutes.total(), start);
        System.out.println("   any DIVERGENCE: balanced accuracy " + f3(refutes.balancedAccuracy()) + "  (recall "
                + f3(refutes.recall()) + ", specificity " + f3(refutes.specificity()) + "; " + refutes + ")");
        System.out.println("   pairs with claim and evidence aligned in at least one fact: " + pct(aligned, refutes.total()));
    }

    // ---- d. PropSegmEnt -----------------------------------------------------------------------

    private void propSegment() {
        long start = System.nanoTime();
        Map<String, JsonNode> documents = new HashMap<>();
        for (JsonNode cluster : BenchConfig.json(dir.resolve("propsegment/document_clusters.dev.json"))) {
            for (JsonNode doc : cluster.get("documents")) {
                if (doc.has("sentences") && doc.get("sentences").size() > 0 && doc.get("sentences").get(0).has("tokens")
                        && doc.get("sentences").get(0).has("sentence_text")) {
                    documents.put(doc.get("document_id").asText(), doc);
                }
            }
        }
        Map<String, Pipeline.Read> premises = new HashMap<>();
        ClaimAnnotator annotator = new ClaimAnnotator();
        Confusion entails = new Confusion();
        Map<String, Integer> skipped = new TreeMap<>();
        long wholeProposition = 0;
        int used = 0;
        for (JsonNode row : BenchConfig.json(dir.resolve("propsegment/relationships.dev.json"))) {
            if (used >= limit) {
                break;
            }
            JsonNode hypothesis = row.get("hypothesis_proposition");
            JsonNode premiseDoc = documents.get(row.get("premise_document_id").asText());
            JsonNode hypothesisDoc = documents.get(hypothesis.get("document_id").asText());
            if (premiseDoc == null || hypothesisDoc == null) {
                skipped.merge("document text absent (news cluster)", 1, Integer::sum);
                continue;
            }
            String label = majority(row.get("relationship_responses"));
            boolean isEntails = "RELATIONSHIP_ENTAILS".equals(label);
            if (!isEntails && !"RELATIONSHIP_NEITHER_ENTAILS_NOR_CONTRADICTS".equals(label)) {
                skipped.merge("label " + label, 1, Integer::sum);
                continue;
            }
            used++;
            Pipeline.Read premise = premises.computeIfAbsent(premiseDoc.get("document_id").asText(),
                    id -> pipeline.read(1, 1, sentencesOf(premiseDoc)));
            String text = propositionText(hypothesisDoc.get("sentences").get(hypothesis.get("sentence_index").asInt()),
                    hypothesis.get("proposition").get("token_indices"));
            if (!text.matches(".*[.!?]$")) {
                text = text + "."; // a proposition is a sentence fragment; unpunctuated lines count as headings
            }
            long firstId = premise.size() + 1L;
            ReportClaims claims = pipeline.read(2, firstId, text).report();
            if (claims.claims().isEmpty()) {
                    // the extractor keeps no claim shorter than four words; the gold proposition is one claim
                wholeProposition++;
                float[] vector = pipeline.embedder().embed(List.of(text)).get(0);
                claims = new ReportClaims(2, List.of(new ClaimInput(firstId, 2, 0, text,
                        annotator.annotate(text, null), vector)));
            }
            List<ComparedFact> facts = pipeline.engine().compare(List.of(premise.report(), claims));
            boolean aligned = facts.stream().anyMatch(f -> f.claims().stream().anyMatch(c -> c.reportId() == 2)
                    && carriedByBoth(f));
            entails.add(isEntails, aligned);
        }
        header("d. PropSegmEnt dev (hypothesis proposition vs premise document; positive = ENTAILS = aligned)",
                entails.total(), start);
        System.out.println("   accuracy " + f3(entails.accuracy()) + "   aligned for ENTAILS: precision "
                + f3(entails.precision()) + "  recall " + f3(entails.recall()) + "  F1 " + f3(entails.f1()) + "   ("
                + entails + ")");
        System.out.println("   premise documents read: " + premises.size() + "; propositions (full stop added where missing)"
                + " that gave no claim, compared whole: " + wholeProposition + "; skipped: " + skipped);
    }

    private static String majority(JsonNode responses) {
        Map<String, Integer> counts = new HashMap<>();
        responses.forEach(r -> counts.merge(r.get("relationship").asText(), 1, Integer::sum));
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return top.size() == 1 ? top.get(0) : "TIE";
    }

    private static String sentencesOf(JsonNode doc) {
        List<String> lines = new ArrayList<>();
        doc.get("sentences").forEach(s -> lines.add(s.get("sentence_text").asText()));
        return String.join("\n", lines);
    }

    /** The proposition's tokens, spaced as they stand in the sentence. */
    static String propositionText(JsonNode sentence, JsonNode tokenIndices) {
        JsonNode tokens = sentence.get("tokens");
        List<Integer> indices = new ArrayList<>();
        tokenIndices.forEach(i -> indices.add(i.asInt()));
        Collections.sort(indices);
        StringBuilder out = new StringBuilder();
        int previousEnd = -1;
        int previousIndex = -2;
        for (int index : indices) {
            JsonNode token = tokens.get(index);
            String word = token.get("text").asText();
            int offset = token.get("character_offset_of_token_in_sentence").asInt();
            if (out.length() > 0 && (offset > previousEnd || index != previousIndex + 1)) {
                out.append(' ');
            }
            out.append(word);
            previousEnd = offset + word.length();
            previousIndex = index;
        }
        return out.toString();
    }

    // ---- e. perturbation suite ----------------------------------------------------------------

    private void perturbations() {
        long start = System.nanoTime();
        long seed = Long.getLong("bench.seed", 42L);
        int wanted = Math.min(Integer.getInteger("bench.docs", 120), limit);
        List<Ecb.Doc> pool = new ArrayList<>(Ecb.all(dir).stream()
                .filter(d -> d.sentences().size() >= 6 && d.sentences().size() <= 30).toList());
        Collections.shuffle(pool, new Random(seed));
        List<Ecb.Doc> docs = pool.subList(0, Math.min(wanted, pool.size()));
        PerturbationBuilder builder = new PerturbationBuilder(new TokenTagger());
        Map<Ecb.Doc, List<String>> names = new LinkedHashMap<>();
        docs.forEach(d -> names.put(d, builder.names(d.sentences())));

        Map<Change, int[]> stats = new EnumMap<>(Change.class); // built, applicable, flagged, right kind, omission, untouched flags, copies with untouched flags
        for (Change change : Change.values()) {
            stats.put(change, new int[7]);
        }
        int docIndex = 0;
        for (Ecb.Doc doc : docs) {
            Random random = new Random(seed * 1000 + docIndex++);
            List<String> foreign = new ArrayList<>();
            names.forEach((other, list) -> {
                if (other.topic() != doc.topic()) {
                    foreign.addAll(list);
                }
            });
            Pipeline.Read original = pipeline.read(1, 1, doc.text());
            for (Change change : Change.values()) {
                Perturbation p = builder.build(doc.sentences(), change, foreign, random).orElse(null);
                if (p == null) {
                    continue;
                }
                int[] s = stats.get(change);
                s[0]++;
                Pipeline.Read copy = pipeline.read(2, original.size() + 1L, String.join("\n", p.copy()));
                Set<Long> changed = new java.util.HashSet<>();
                for (int i = 0; i < original.size(); i++) {
                    if (original.lineOf()[i] == p.sentence()) {
                        changed.add(original.report().claims().get(i).id());
                    }
                }
                for (int i = 0; i < copy.size(); i++) {
                    if (p.origin()[copy.lineOf()[i]] == p.sentence() && p.after() != null) {
                        changed.add(copy.report().claims().get(i).id());
                    }
                }
                List<ComparedFact> facts = pipeline.compare(original, copy);
                List<ComparedFact> involved = facts.stream()
                        .filter(f -> f.claims().stream().anyMatch(c -> changed.contains(c.id()))).toList();
                long untouchedFlags = facts.stream().filter(f -> !involved.contains(f))
                        .filter(f -> f.verdict() == Verdict.DIVERGENCE).count();
                s[5] += (int) untouchedFlags;
                s[6] += untouchedFlags > 0 ? 1 : 0;
                if (untouchedFlags > 0 && BenchConfig.verbose()) {
                    facts.stream().filter(f -> !involved.contains(f) && f.verdict() == Verdict.DIVERGENCE)
                            .forEach(f -> System.out.println("      untouched DIVERGENCE " + f.differences() + " "
                                    + f.claims().stream().map(c -> c.reportId() + ":" + c.text()).toList()));
                }
                if (involved.isEmpty()) {
                    report(p, "changed sentence gave no claim", involved);
                    continue;
                }
                s[1]++;
                boolean flagged = involved.stream().anyMatch(f -> f.verdict() == Verdict.DIVERGENCE);
                boolean rightKind = change.expected != null && involved.stream().flatMap(f -> f.differences().stream())
                        .map(Difference::kind).anyMatch(k -> k == change.expected);
                boolean omission = involved.stream().allMatch(f -> f.verdict() == Verdict.OMISSION
                        && f.missingFrom().contains(2L));
                s[2] += flagged ? 1 : 0;
                s[3] += rightKind ? 1 : 0;
                s[4] += omission ? 1 : 0;
                report(p, (flagged ? "FLAGGED" : "not flagged") + (rightKind ? " right kind" : "")
                        + (omission ? " omission" : "") + (untouchedFlags > 0 ? " +" + untouchedFlags + " untouched flags" : ""),
                        involved);
            }
        }
        header("e. perturbation suite (" + docs.size() + " ECB+ documents, seed " + seed
                + "; one change per copy, original vs copy)", stats.values().stream().mapToInt(s -> s[0]).sum(), start);
        System.out.println("   'applicable' = the changed sentence gave at least one claim; rates are over applicable copies");
        System.out.printf(Locale.ROOT, "   %-12s %5s %6s  %-16s %-16s %-16s %s%n", "change", "built", "appl.",
                "flagged", "right kind", "omission", "DIVERGENCE on untouched sentences (facts / copies)");
        for (Change change : Change.values()) {
            int[] s = stats.get(change);
            String flagged = s[2] + " " + pct(s[2], s[1]);
            String kind = change.expected == null ? "-" : s[3] + " " + pct(s[3], s[1]);
            String omission = change == Change.DROP ? s[4] + " " + pct(s[4], s[1]) : "-";
            System.out.printf(Locale.ROOT, "   %-12s %5d %6d  %-16s %-16s %-16s %d / %d%n", change, s[0], s[1],
                    flagged, kind, omission, s[5], s[6]);
        }
        int[] edited = new int[3];
        for (Change change : List.of(Change.NUMBER, Change.DATE, Change.NAME, Change.NEGATION, Change.HEDGE,
                Change.ATTRIBUTION)) {
            int[] s = stats.get(change);
            edited[0] += s[1];
            edited[1] += s[2];
            edited[2] += s[3];
        }
        int untouched = stats.values().stream().mapToInt(s -> s[5]).sum();
        int[] drop = stats.get(Change.DROP);
        int[] para = stats.get(Change.PARAPHRASE);
        System.out.println("   targets: every edit type flagged >= 7/8 and right kind >= 6/8 -> "
                + verdict(Arrays.stream(Change.values()).filter(c -> c.expected != null)
                        .allMatch(c -> meets(stats.get(c)[2], stats.get(c)[1], 7.0 / 8)
                                && meets(stats.get(c)[3], stats.get(c)[1], 6.0 / 8)))
                + " (all edits: flagged " + pct(edited[1], edited[0]) + ", right kind " + pct(edited[2], edited[0]) + ")");
        System.out.println("            paraphrase never flagged -> " + verdict(para[2] == 0) + " (" + para[2] + "/" + para[1]
                + ");  untouched never flagged -> " + verdict(untouched == 0) + " (" + untouched + " facts);"
                + "  dropped always omission -> " + verdict(drop[4] == drop[1]) + " (" + drop[4] + "/" + drop[1] + ")");
    }

    private static boolean meets(int part, int whole, double share) {
        return whole > 0 && part >= share * whole;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    private static void report(Perturbation p, String outcome, List<ComparedFact> involved) {
        if (BenchConfig.verbose()) {
            System.out.println("   [" + p.change() + "] " + outcome + "  verdicts " + involved.stream()
                    .map(f -> f.verdict() + (f.differences().isEmpty() ? "" : f.differences().stream()
                            .map(d -> d.kind().name()).toList().toString())).toList());
            System.out.println("      - " + p.before());
            System.out.println("      + " + (p.after() == null ? "(dropped)" : p.after()));
            involved.stream().filter(f -> f.claims().size() > 1).forEach(f -> f.claims().forEach(
                    c -> System.out.println("        " + c.reportId() + ": " + c.text())));
        }
    }

    // ---- f. seed pair -------------------------------------------------------------------------

    private void seeds() {
        long start = System.nanoTime();
        Path seedsDir = Path.of(BenchConfig.property("bench.seeds.dir", dir.resolve("../seeds").toString())).normalize();
        List<Path> files;
        try (Stream<Path> list = Files.list(seedsDir)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            System.out.println("\nf. seed pair: " + seedsDir + " not readable (" + e.getMessage() + ")");
            return;
        }
        List<String> texts = files.stream().map(BenchConfig::read).toList();
        List<ComparedFact> facts = pipeline.compare(texts);
        Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
        facts.forEach(f -> byVerdict.merge(f.verdict(), 1L, Long::sum));
        header("f. seed pair (" + seedsDir + ", " + files.size() + " reports; gold: src/test/resources/gold/seed-pair.tsv)",
                facts.size(), start);
        System.out.println("   claims: " + facts.stream().mapToInt(f -> f.claims().size()).sum() + "; facts by verdict: "
                + byVerdict);
        printAlignment(AlignmentGold.seedPair().score(facts));
    }

    private static void printAlignment(AlignmentGold.Score score) {
        score.problems().forEach(p -> System.out.println("   GOLD DOES NOT FIT: " + p));
        System.out.println("   aligned together (cross-report pairs):       precision " + f3(score.together().precision())
                + "  recall " + f3(score.together().recall()) + "  F1 " + f3(score.togetherF1()) + "   ("
                + counts(score.together()) + ")");
        System.out.println("   aligned together (two-sided gold facts):     precision " + f3(score.factsTogether().precision())
                + "  recall " + f3(score.factsTogether().recall()) + "  F1 " + f3(score.factsTogether().f1()) + "   ("
                + counts(score.factsTogether()) + ")");
        System.out.println("   reported missing ((claim|sentence, report)): precision " + f3(score.missing().precision())
                + "  recall " + f3(score.missing().recall()) + "  F1 " + f3(score.missingF1()) + "   ("
                + counts(score.missing()) + ")");
        if (BenchConfig.verbose()) {
            score.wrongTogether().forEach(p -> System.out.println("   wrongly together: " + p));
            score.missedTogether().forEach(p -> System.out.println("   missed together:  " + p));
            score.wrongMissing().forEach(p -> System.out.println("   wrongly missing:  " + p));
            score.missedMissing().forEach(p -> System.out.println("   missed missing:   " + p));
        }
    }

    // ---- i. hand-labelled report pairs ---------------------------------------------------------

    private void pairs() {
        long start = System.nanoTime();
        Path root = Path.of(BenchConfig.property("bench.pairs.dir", LabelledPairs.DIR.toString()));
        List<LabelledPairs.Scored> scores = LabelledPairs.score(root, pipeline::compare);
        header("i. hand-labelled report pairs (" + root + "; gold: each pair's gold.tsv)", scores.size(), start);
        for (LabelledPairs.Scored scored : scores) {
            System.out.println("   " + scored.name() + ":");
            printAlignment(scored.score());
        }
        Confusion[] pooled = LabelledPairs.pooled(scores);
        System.out.println("   all pairs: aligned together precision " + f3(pooled[0].precision()) + "  recall "
                + f3(pooled[0].recall()) + "  F1 " + f3(pooled[0].f1()) + "   (" + counts(pooled[0])
                + ");  reported missing F1 " + f3(pooled[1].f1()) + "   (" + counts(pooled[1]) + ")");
        System.out.println("   all pairs: aligned together per two-sided fact precision " + f3(pooled[2].precision()) + "  recall "
                + f3(pooled[2].recall()) + "  F1 " + f3(pooled[2].f1()) + "   (" + counts(pooled[2]) + ")");
        Map<Verdict, Integer> wrongFacts = new EnumMap<>(Verdict.class);
        scores.forEach(s -> s.score().wrongFacts().forEach((verdict, n) -> wrongFacts.merge(verdict, n, Integer::sum)));
        System.out.println("   all pairs: facts put together wrongly, by verdict: " + wrongFacts);
    }

    // ---- g. ECB+ event clusters -----------------------------------------------------------------

    private void ecb() {
        long start = System.nanoTime();
        Confusion[] pairs = EcbAlignment.run(pipeline, dir, limit);
        header("g. ECB+ same-event alignment (annotated sentences of each cluster's documents; gold = a shared "
                + "event instance)", pairs[0].total(), start);
        String[] names = {"all topics", "odd topics (fit)", "even topics (unseen)"};
        for (int i = 0; i < pairs.length; i++) {
            System.out.println("   " + String.format(java.util.Locale.ROOT, "%-21s", names[i] + ":") + "precision "
                    + f3(pairs[i].precision()) + "  recall " + f3(pairs[i].recall()) + "  F1 " + f3(pairs[i].f1())
                    + "   (" + pairs[i] + ")");
        }
    }

    private static String counts(Confusion c) {
        return "tp=" + c.tp + " fp=" + c.fp + " fn=" + c.fn;
    }


    // ---- helpers ------------------------------------------------------------------------------

    private static boolean any(List<ComparedFact> facts, Verdict verdict) {
        return facts.stream().anyMatch(f -> f.verdict() == verdict);
    }

    private static boolean carriedByBoth(ComparedFact fact) {
        return fact.claims().stream().map(ClaimInput::reportId).distinct().count() >= 2;
    }

    // ---- h. hand-written probes ----------------------------------------------------------------

    private void probes() {
        long start = System.nanoTime();
        Path probes = Path.of(BenchConfig.property("bench.probes.dir", "src/test/resources/probes"));
        HandProbes.Tally tally = HandProbes.run(pipeline, probes);
        int total = tally.byKind().values().stream().mapToInt(t -> t[1]).sum();
        header("h. hand-written probes (" + probes + "; one change per copy, original vs copy)", total, start);
        tally.byKind().forEach((kind, t) -> System.out.println("   " + String.format("%-12s", kind) + " passed "
                + t[0] + " of " + t[1]));
        tally.byFile().forEach((file, t) -> System.out.println("   report " + file + ": " + t[0] + " of " + t[1]));
        if (BenchConfig.verbose()) {
            tally.failures().forEach(f -> System.out.println("   failed " + f));
        }
    }

    private static void header(String title, long items, long start) {
        System.out.println();
        System.out.println(title);
        System.out.println("   items: " + items + "   time: " + seconds(start));
    }
}
