package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-labelled alignment of a few reports, keyed by claim text fragments (see
 * {@code src/test/resources/gold/seed-pair.tsv} for the format) or by whole sentences, whose
 * label then goes to every claim the extractor splits the sentence into, and how a comparison scores
 * against it at pair level: "aligned together" over cross-report claim pairs that share a fact,
 * "reported missing" over (claim, report that lacks its fact) pairs.
 */
public final class AlignmentGold {

    /** Fact name of a claim whose fact no other report states. */
    static final String ONE_SIDED = "-";

    private record Label(String fact, String fragment) {
    }

    private final List<Label> labels;

    private AlignmentGold(List<Label> labels) {
        this.labels = labels;
    }

    /** The seed pair's gold, from the test resources. */
    public static AlignmentGold seedPair() {
        return load("/gold/seed-pair.tsv");
    }

    static AlignmentGold load(String resource) {
        try (InputStream in = AlignmentGold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gold " + resource + " not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gold file of sentence labels ({@code src/test/resources/pairs/README.md}). */
    static AlignmentGold load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AlignmentGold read(InputStream in) throws IOException {
        List<Label> labels = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            if (cells.length != 2 || cells[1].isBlank()) {
                throw new IllegalStateException("gold line is not <fact>TAB<fragment>: " + line);
            }
            labels.add(new Label(cells[0].strip(), cells[1].strip()));
        }
        return new AlignmentGold(labels);
    }

    /** Pair-level figures of one comparison against the gold, with what went wrong. */
    public record Score(Confusion together, Confusion missing, List<String> problems, List<String> wrongTogether,
            List<String> missedTogether, List<String> wrongMissing, List<String> missedMissing) {

        public double togetherF1() {
            return together.f1();
        }

        public double missingF1() {
            return missing.f1();
        }
    }

    public Score score(List<ComparedFact> facts) {
        List<ClaimInput> claims = facts.stream().flatMap(f -> f.claims().stream())
                .sorted(Comparator.comparingLong(ClaimInput::reportId).thenComparingInt(ClaimInput::index)).toList();
        Set<Long> reports = new TreeSet<>();
        claims.forEach(c -> reports.add(c.reportId()));
        List<String> problems = new ArrayList<>();
        Map<Long, String> factOf = new HashMap<>();
        for (Label label : labels) {
            List<ClaimInput> holding = claims.stream().filter(c -> c.text().contains(label.fragment())).toList();
            List<ClaimInput> hits = holding.size() == 1 ? holding
                    : holding.isEmpty() ? claims.stream().filter(c -> label.fragment().contains(c.text().strip())).toList()
                    : List.of();
            if (hits.isEmpty()) {
                problems.add("fragment matches " + holding.size() + " claims: " + label.fragment());
            }
            for (ClaimInput hit : hits) {
                if (factOf.putIfAbsent(hit.id(), label.fact()) != null) {
                    problems.add("claim labelled twice: " + hit.text());
                }
            }
        }
        claims.stream().filter(c -> !factOf.containsKey(c.id())).forEach(c -> problems.add("claim not labelled: " + c.text()));
        Map<Long, ClaimInput> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));

        // aligned together: cross-report pairs
        Set<String> gold = new LinkedHashSet<>();
        Set<String> predicted = new LinkedHashSet<>();
        Map<Long, Integer> predictedFact = new HashMap<>();
        for (int f = 0; f < facts.size(); f++) {
            for (ClaimInput c : facts.get(f).claims()) {
                predictedFact.put(c.id(), f);
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimInput a = claims.get(i);
                ClaimInput b = claims.get(j);
                if (a.reportId() == b.reportId() || !factOf.containsKey(a.id()) || !factOf.containsKey(b.id())) {
                    continue;
                }
                String key = a.id() + " " + b.id();
                String fact = factOf.get(a.id());
                if (!ONE_SIDED.equals(fact) && fact.equals(factOf.get(b.id()))) {
                    gold.add(key);
                }
                if (predictedFact.get(a.id()).equals(predictedFact.get(b.id()))) {
                    predicted.add(key);
                }
            }
        }
        Confusion together = new Confusion();
        List<String> wrongTogether = new ArrayList<>();
        List<String> missedTogether = new ArrayList<>();
        compare(gold, predicted, together, wrongTogether, missedTogether, key -> {
            String[] ids = key.split(" ");
            return byId.get(Long.valueOf(ids[0])).text() + "  <->  " + byId.get(Long.valueOf(ids[1])).text();
        });

        // reported missing: (claim, report without its fact)
        Map<String, Set<Long>> carriers = new HashMap<>();
        factOf.forEach((id, fact) -> carriers.computeIfAbsent(fact, k -> new HashSet<>()).add(byId.get(id).reportId()));
        Set<String> goldMissing = new LinkedHashSet<>();
        Set<String> predictedMissing = new LinkedHashSet<>();
        for (ComparedFact fact : facts) {
            for (ClaimInput c : fact.claims()) {
                if (!factOf.containsKey(c.id())) {
                    continue;
                }
                for (long report : reports) {
                    if (report == c.reportId()) {
                        continue;
                    }
                    String name = factOf.get(c.id());
                    if (ONE_SIDED.equals(name) || !carriers.get(name).contains(report)) {
                        goldMissing.add(c.id() + " " + report);
                    }
                    if (fact.missingFrom().contains(report)) {
                        predictedMissing.add(c.id() + " " + report);
                    }
                }
            }
        }
        Confusion missing = new Confusion();
        List<String> wrongMissing = new ArrayList<>();
        List<String> missedMissing = new ArrayList<>();
        compare(goldMissing, predictedMissing, missing, wrongMissing, missedMissing, key -> {
            String[] ids = key.split(" ");
            return byId.get(Long.valueOf(ids[0])).text() + "  (missing from report " + ids[1] + ")";
        });
        return new Score(together, missing, problems, wrongTogether, missedTogether, wrongMissing, missedMissing);
    }

    private static void compare(Set<String> gold, Set<String> predicted, Confusion confusion, List<String> wrong,
            List<String> missed, java.util.function.Function<String, String> describe) {
        for (String key : predicted) {
            confusion.add(gold.contains(key), true);
            if (!gold.contains(key)) {
                wrong.add(describe.apply(key));
            }
        }
        for (String key : gold) {
            if (!predicted.contains(key)) {
                confusion.add(true, false);
                missed.add(describe.apply(key));
            }
        }
    }
}
