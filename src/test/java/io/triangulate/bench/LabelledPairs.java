package io.triangulate.bench;

import io.triangulate.alignment.ComparedFact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The hand-labelled report pairs of {@code src/test/resources/pairs} (see its README): each
 * folder's {@code a.txt} and {@code b.txt} compared, and scored against its {@code gold.tsv}.
 */
final class LabelledPairs {

    static final Path DIR = Path.of("src/test/resources/pairs");

    /** One pair's score. */
    record Scored(String name, AlignmentGold.Score score) {
    }

    private LabelledPairs() {
    }

    /** @param compare the engine, from the two reports' texts to their facts */
    static List<Scored> score(Path root, Function<List<String>, List<ComparedFact>> compare) {
        List<Scored> out = new ArrayList<>();
        for (Path pair : pairs(root)) {
            List<ComparedFact> facts = compare.apply(List.of(BenchConfig.read(pair.resolve("a.txt")), BenchConfig.read(pair.resolve("b.txt"))));
            out.add(new Scored(pair.getFileName().toString(), AlignmentGold.load(pair.resolve("gold.tsv")).score(facts)));
        }
        return out;
    }

    /** The figures of all pairs together: aligned together (pairs), reported missing, aligned together (facts). */
    static Confusion[] pooled(List<Scored> scores) {
        Confusion together = new Confusion();
        Confusion missing = new Confusion();
        Confusion facts = new Confusion();
        scores.forEach(s -> {
            together.add(s.score().together());
            missing.add(s.score().missing());
            facts.add(s.score().factsTogether());
        });
        return new Confusion[] {together, missing, facts};
    }

    private static List<Path> pairs(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
