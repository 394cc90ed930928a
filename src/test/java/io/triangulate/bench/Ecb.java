package io.triangulate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ECB+ documents as plain text, rebuilt from their tokens the way the acceptance script's
 * {@code ecb_text} does it: one sentence per line, sentence 0 of {@code *ecbplus.xml} (the source
 * URL) left out. Documents with the same topic and suffix report the same event (a cluster).
 */
final class Ecb {

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    private static final Pattern SPACE_BEFORE = Pattern.compile(" ([.,;:!?%)'])");

    /** One document: its topic, suffix (ecb / ecbplus), number within the topic and sentences. */
    record Doc(String name, int topic, String suffix, int number, List<String> sentences) {

        String text() {
            return String.join("\n", sentences);
        }

        String cluster() {
            return topic + "_" + suffix;
        }
    }

    private Ecb() {
    }

    /** All documents under {@code ecbplus/ECB+}, ordered by topic, suffix, number. */
    static List<Doc> all(Path benchDir) {
        Path root = benchDir.resolve("ecbplus/ECB+");
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                docs.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        docs.sort(Comparator.comparingInt(Doc::topic).thenComparing(Doc::suffix).thenComparingInt(Doc::number));
        return docs;
    }

    /** Clusters (same topic and suffix), in document order. */
    static Map<String, List<Doc>> clusters(List<Doc> docs) {
        Map<String, List<Doc>> clusters = new LinkedHashMap<>();
        docs.forEach(d -> clusters.computeIfAbsent(d.cluster(), k -> new ArrayList<>()).add(d));
        return clusters;
    }

    static Doc read(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException(name);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            NodeList tokens = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("token");
            Map<Integer, List<String>> sentences = new TreeMap<>();
            for (int i = 0; i < tokens.getLength(); i++) {
                Element token = (Element) tokens.item(i);
                sentences.computeIfAbsent(Integer.parseInt(token.getAttribute("sentence")), k -> new ArrayList<>())
                        .add(token.getTextContent());
            }
            boolean plus = name.endsWith("ecbplus.xml");
            List<String> out = new ArrayList<>();
            sentences.forEach((k, words) -> {
                if (!(plus && k == 0)) {
                    out.add(detokenize(words));
                }
            });
            return new Doc(name, Integer.parseInt(m.group(1)), m.group(3), Integer.parseInt(m.group(2)), out);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The acceptance script's joining rules, word for word. */
    static String detokenize(List<String> words) {
        String s = String.join(" ", words);
        s = SPACE_BEFORE.matcher(s).replaceAll("$1");
        return s.replace("( ", "(").replace("`` ", "\"").replace(" ''", "\"").replace(" 's", "'s");
    }
}
