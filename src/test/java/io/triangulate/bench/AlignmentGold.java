package io.triangulate.bench;

import io.triangulate.alignment.ClaimInput;
import io.triangulate.alignment.ComparedFact;
import io.triangulate.alignment.Verdict;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    public record Score(Confusion together, Confusion missing, Confusion factsTogether, List<String> problems,
            List<String> wrongTogether, List<String> missedTogether, List<String> wrongMissing, List<String> missedMissing,
            Map<Verdict, Integer> wrongFacts) {

        public double togetherF1() {
            return together.f1();
        }

        public double missingF1() {
            return missing.f1();
        }
    }

    /** One labelled piece: a claim, or the claims the extractor split a labelled sentence into. */
    private record Unit(String fact, List<ClaimInput> claims) {

        long reportId() {
            return claims.get(0).reportId();
        }

        String text() {
            return claims.stream().map(ClaimInput::text).collect(Collectors.joining(" | "));
        }
    }

    /**
     * Scores over labelled units (a claim, or a sentence the extractor split into several claims):
     * two units are together when a claim of each shares a predicted fact, and a unit is reported
     * missing from a report when no claim of it shares a fact with that report.
     */
    public Score score(List<ComparedFact> facts) {
        List<ClaimInput> claims = facts.stream().flatMap(f -> f.claims().stream())
                .sorted(Comparator.comparingLong(ClaimInput::reportId).thenComparingInt(ClaimInput::index)).toList();
        Set<Long> reports = new TreeSet<>();
        claims.forEach(c -> reports.add(c.reportId()));
        List<String> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Set<Long> labelled = new HashSet<>();
        for (Label label : labels) {
            List<ClaimInput> holding = claims.stream().filter(c -> c.text().contains(label.fragment())).toList();
            List<ClaimInput> hits = holding.size() == 1 ? holding
                    : holding.isEmpty() ? claims.stream().filter(c -> label.fragment().contains(c.text().strip())).toList()
                    : List.of();
            if (hits.isEmpty()) {
                problems.add("fragment matches " + holding.size() + " claims: " + label.fragment());
                continue;
            }
            hits.stream().filter(hit -> !labelled.add(hit.id())).forEach(hit -> problems.add("claim labelled twice: " + hit.text()));
            units.add(new Unit(label.fact(), hits));
        }
        claims.stream().filter(c -> !labelled.contains(c.id())).forEach(c -> problems.add("claim not labelled: " + c.text()));
        Map<Long, Integer> predictedFact = new HashMap<>();
        for (int f = 0; f < facts.size(); f++) {
            for (ClaimInput c : facts.get(f).claims()) {
                predictedFact.put(c.id(), f);
            }
        }

        // aligned together: cross-report pairs
        Set<String> gold = new LinkedHashSet<>();
        Set<String> predicted = new LinkedHashSet<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                Unit a = units.get(i);
                Unit b = units.get(j);
                if (a.reportId() == b.reportId()) {
                    continue;
                }
                String key = i + " " + j;
                if (!ONE_SIDED.equals(a.fact()) && a.fact().equals(b.fact())) {
                    gold.add(key);
                }
                if (a.claims().stream().anyMatch(x -> b.claims().stream()
                        .anyMatch(y -> predictedFact.get(x.id()).equals(predictedFact.get(y.id()))))) {
                    predicted.add(key);
                }
            }
        }
        Confusion together = new Confusion();
        List<String> wrongTogether = new ArrayList<>();
        List<String> missedTogether = new ArrayList<>();
        compare(gold, predicted, together, wrongTogether, missedTogether, key -> {
            String[] ids = key.split(" ");
            return units.get(Integer.parseInt(ids[0])).text() + "  <->  " + units.get(Integer.parseInt(ids[1])).text();
        });

        // reported missing: (unit, report without its fact)
        Map<String, Set<Long>> carriers = new HashMap<>();
        units.forEach(u -> carriers.computeIfAbsent(u.fact(), k -> new HashSet<>()).add(u.reportId()));
        Map<Long, ComparedFact> factOfClaim = new HashMap<>();
        facts.forEach(f -> f.claims().forEach(c -> factOfClaim.put(c.id(), f)));
        Set<String> goldMissing = new LinkedHashSet<>();
        Set<String> predictedMissing = new LinkedHashSet<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            for (long report : reports) {
                if (report == unit.reportId()) {
                    continue;
                }
                if (ONE_SIDED.equals(unit.fact()) || !carriers.get(unit.fact()).contains(report)) {
                    goldMissing.add(u + " " + report);
                }
                if (unit.claims().stream().allMatch(c -> factOfClaim.get(c.id()).missingFrom().contains(report))) {
                    predictedMissing.add(u + " " + report);
                }
            }
        }
        Confusion missing = new Confusion();
        List<String> wrongMissing = new ArrayList<>();
        List<String> missedMissing = new ArrayList<>();
        compare(goldMissing, predictedMissing, missing, wrongMissing, missedMissing, key -> {
            String[] ids = key.split(" ");
            return units.get(Integer.parseInt(ids[0])).text() + "  (missing from report " + ids[1] + ")";
        });
        Map<Verdict, Integer> wrongFacts = new EnumMap<>(Verdict.class);
        return new Score(together, missing, factsTogether(units, facts, carriers, wrongFacts), problems, wrongTogether,
                missedTogether, wrongMissing, missedMissing, wrongFacts);
    }

    /**
     * "Aligned together" counted per fact rather than per pair: a gold fact that two or more reports
     * state is found when claims of two of its reports share a predicted fact; a predicted fact that
     * spans reports is right when two of its claims from different reports carry one gold fact. A
     * report restating a fact three times then weighs as one fact, not as nine pairs.
     *
     * @param carriers per gold fact, the reports that state it
     * @param wrongFacts filled with the verdicts of the predicted facts that are not right: what a wrong
     *                   alignment costs the reader (a divergence that is none, or an agreement)
     */
    private static Confusion factsTogether(List<Unit> units, List<ComparedFact> facts, Map<String, Set<Long>> carriers,
            Map<Verdict, Integer> wrongFacts) {
        Map<Long, Unit> unitOf = new HashMap<>();
        units.forEach(u -> u.claims().forEach(c -> unitOf.put(c.id(), u)));
        Map<String, Boolean> found = new LinkedHashMap<>();
        carriers.forEach((fact, reports) -> {
            if (!ONE_SIDED.equals(fact) && reports.size() > 1) {
                found.put(fact, false);
            }
        });
        Confusion confusion = new Confusion();
        for (ComparedFact fact : facts) {
            List<Unit> members = fact.claims().stream().map(c -> unitOf.get(c.id())).filter(Objects::nonNull).toList();
            if (members.stream().map(Unit::reportId).distinct().count() < 2) {
                continue;
            }
            boolean right = false;
            for (Unit a : members) {
                for (Unit b : members) {
                    if (a.reportId() < b.reportId() && !ONE_SIDED.equals(a.fact()) && a.fact().equals(b.fact())) {
                        right = true;
                        found.put(a.fact(), true);
                    }
                }
            }
            if (!right) {
                confusion.add(false, true);
                wrongFacts.merge(fact.verdict(), 1, Integer::sum);
            }
        }
        found.values().forEach(hit -> confusion.add(true, hit));
        return confusion;
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
