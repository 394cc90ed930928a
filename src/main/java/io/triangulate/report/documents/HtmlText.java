package io.triangulate.report.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens an element to lines of text: every block (paragraph, heading, list item, quote, cell)
 * starts a new line, inline elements and whitespace runs become single spaces, {@code <br>} ends
 * a line because some pages separate paragraphs with it. Markup itself never reaches the output.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "table", "tr", "td", "th", "pre",
            "hr", "br", "address", "details", "summary", "center", "body");

    private HtmlText() {
    }

    static List<String> lines(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.lines;
    }

    /** Holds the line being built; one per call, so flattening is thread-safe. */
    private static final class Collector implements NodeVisitor {

        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
        }

        void flush() {
            String text = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
            line.setLength(0);
        }
    }
}
