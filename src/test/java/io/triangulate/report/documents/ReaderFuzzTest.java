package io.triangulate.report.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.triangulate.report.ImportException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reader, fed random bytes, odd Unicode and damaged copies of real documents, either reads
 * something or refuses with the import's own {@link ImportException}: never another exception, never
 * a hang. The seed is fixed, and a failure names its round, so it reproduces.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261123L;
    private static final int ROUNDS = 150;
    private static final String ODD = "\u0000\u202e\u200b\ufeff\ud83d\ude00\ud800\uffff\u0301e\u00a0\t\r\n<>&\"'`$%{}";

    private final Map<String, DocumentReader> readers = Map.of("text", new PlainTextReader(),
            "markdown", new MarkdownReader(), "html", new HtmlReader(), "pdf", new PdfReader(), "docx", new DocxReader());
    private final Map<String, byte[]> samples = Map.of("text", Fixtures.bytes("front-matter.txt"),
            "markdown", Fixtures.bytes("storm.md"), "html", StormArticle.html(), "pdf", StormArticle.pdf(),
            "docx", StormArticle.docx());

    @Test
    void eachReaderReadsOrRefusesRandomBytes() {
        readers.forEach((name, reader) -> fuzz(name, random -> randomBytes(random), reader::read));
    }

    @Test
    void eachReaderReadsOrRefusesOddUnicode() {
        readers.forEach((name, reader) -> fuzz(name,
                random -> oddText(random).getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16),
                reader::read));
    }

    @Test
    void eachReaderReadsOrRefusesDamagedCopiesOfItsOwnFormat() {
        readers.forEach((name, reader) -> fuzz(name, random -> damaged(samples.get(name), random), reader::read));
    }

    @Test
    void formatDetectionReadsOrRefusesAnything() {
        DocumentReaders all = new DocumentReaders();
        var kinds = samples.values().toArray(byte[][]::new);
        fuzz("any", random -> switch (random.nextInt(3)) {
            case 0 -> randomBytes(random);
            case 1 -> oddText(random).getBytes(StandardCharsets.UTF_8);
            default -> damaged(kinds[random.nextInt(kinds.length)], random);
        }, bytes -> all.read(bytes, null));
    }

    private static void fuzz(String name, java.util.function.Function<Random, byte[]> inputs,
            java.util.function.Consumer<byte[]> reader) {
        Random random = new Random(SEED + name.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] input = inputs.apply(random);
                try {
                    reader.accept(input);
                } catch (ImportException refused) {
                    assertThat(refused.getMessage()).as("%s round %d", name, round).isNotBlank();
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(name + " reader, round " + round + " (seed " + SEED + "): " + e, e);
                }
            }
        }, name + " reader took too long");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String oddText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(600);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : (char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
        }
        return text.toString();
    }

    /** Flipped bytes and cut-off ends: what a broken upload or a truncated download looks like. */
    private static byte[] damaged(byte[] sample, Random random) {
        byte[] copy = Arrays.copyOf(sample, random.nextBoolean() ? sample.length : 1 + random.nextInt(sample.length));
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }
}
