package io.triangulate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * ECB+ as gold "same fact" links between sentences of different reports on one event: the fully
 * annotated sentences ({@code ECBplus_coreference_sentences.csv}) with, for each, the cross-document
 * event instances its actions refer to. Two sentences of one cluster state the same fact when they
 * share an event instance ("checked into rehab" / "entered the Betty Ford Center"); reporting and
 * aspectual actions ("said", "began") are left out, they tie sentences by how they are told, not by
 * what happened.
 */
public final class EcbEvents {

    /** One annotated sentence: its document, number in the document, text and event instances. */
    public record Sentence(String doc, int topic, String suffix, int number, String text, Set<String> events) {

        String cluster() {
            return topic + "_" + suffix;
        }
    }

    private EcbEvents() {
    }

    /** The annotated sentences, by cluster, then document (in file order), then sentence number. */
    public static Map<String, Map<String, List<Sentence>>> clusters(Path benchDir) {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        try {
            for (String line : Files.readAllLines(benchDir.resolve("ecbplus/ECBplus_coreference_sentences.csv"),
                    StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] cells = line.split(",");
                if (cells.length == 3) {
                    wanted.computeIfAbsent(cells[0].strip() + "_" + cells[1].strip(), k -> new HashSet<>())
                            .add(Integer.parseInt(cells[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, List<Sentence>>> clusters = new TreeMap<>();
        for (Ecb.Doc doc : Ecb.all(benchDir)) {
            Set<Integer> numbers = wanted.get(doc.topic() + "_" + doc.number() + doc.suffix());
            if (numbers == null) {
                continue;
            }
            List<Sentence> sentences = read(benchDir.resolve("ecbplus/ECB+/" + doc.topic() + "/" + doc.name()), doc,
                    numbers);
            if (!sentences.isEmpty()) {
                clusters.computeIfAbsent(doc.cluster(), k -> new LinkedHashMap<>()).put(doc.name(), sentences);
            }
        }
        return clusters;
    }

    /** Whether two sentences share an event instance. */
    public static boolean sameFact(Sentence a, Sentence b) {
        return a.events().stream().anyMatch(b.events()::contains);
    }

    private static List<Sentence> read(Path file, Ecb.Doc doc, Set<Integer> numbers) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document xml = factory.newDocumentBuilder().parse(file.toFile());
            Map<String, Integer> sentenceOfToken = new HashMap<>();
            Map<Integer, List<String>> words = new TreeMap<>();
            NodeList tokens = xml.getElementsByTagName("token");
            for (int i = 0; i < tokens.getLength(); i++) {
                Element token = (Element) tokens.item(i);
                int sentence = Integer.parseInt(token.getAttribute("sentence"));
                sentenceOfToken.put(token.getAttribute("t_id"), sentence);
                words.computeIfAbsent(sentence, k -> new ArrayList<>()).add(token.getTextContent());
            }
            Map<String, Integer> sentenceOfAction = actions(xml, sentenceOfToken);
            Map<Integer, Set<String>> events = new HashMap<>();
            NodeList relations = xml.getElementsByTagName("CROSS_DOC_COREF");
            for (int i = 0; i < relations.getLength(); i++) {
                Element relation = (Element) relations.item(i);
                NodeList sources = relation.getElementsByTagName("source");
                for (int s = 0; s < sources.getLength(); s++) {
                    Integer sentence = sentenceOfAction.get(((Element) sources.item(s)).getAttribute("m_id"));
                    if (sentence != null) {
                        events.computeIfAbsent(sentence, k -> new HashSet<>()).add(relation.getAttribute("note"));
                    }
                }
            }
            List<Sentence> out = new ArrayList<>();
            for (int number : new TreeMap<>(words).keySet()) {
                boolean url = doc.suffix().equals("ecbplus") && number == 0;
                if (numbers.contains(number) && !url) {
                    out.add(new Sentence(doc.name(), doc.topic(), doc.suffix(), number,
                            Ecb.detokenize(words.get(number)), events.getOrDefault(number, Set.of())));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    // Markable id -> sentence, for event mentions other than reporting and aspectual ones.
    private static Map<String, Integer> actions(Document xml, Map<String, Integer> sentenceOfToken) {
        Map<String, Integer> out = new HashMap<>();
        NodeList markables = xml.getElementsByTagName("Markables");
        if (markables.getLength() == 0) {
            return out;
        }
        for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element mention)) {
                continue;
            }
            String type = mention.getTagName();
            boolean action = type.startsWith("ACTION_") || type.startsWith("NEG_ACTION_");
            if (!action || type.endsWith("REPORTING") || type.endsWith("ASPECTUAL")) {
                continue;
            }
            NodeList anchors = mention.getElementsByTagName("token_anchor");
            if (anchors.getLength() > 0) {
                Integer sentence = sentenceOfToken.get(((Element) anchors.item(0)).getAttribute("t_id"));
                if (sentence != null) {
                    out.put(mention.getAttribute("m_id"), sentence);
                }
            }
        }
        return out;
    }
}
