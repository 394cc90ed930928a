package io.triangulate.report.documents;

import java.util.Comparator;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the story. Publishers mostly mark it ({@code itemprop=articleBody},
 * {@code <article>}, {@code <main>}); when none is marked, the element whose own paragraphs carry
 * the most text wins, since prose clusters in one container while furniture is short and spread.
 */
final class HtmlArticle {

    private static final String[] MARKED = {"[itemprop=articleBody]", "article", "main", "[role=main]"};
    private static final int MIN_MARKED_TEXT = 80;

    private HtmlArticle() {
    }

    /** The story's container inside {@code body}, which must already be cleaned of furniture. */
    static Element of(Element body) {
        for (String query : MARKED) {
            Optional<Element> marked = richest(body.select(query));
            if (marked.isPresent() && marked.get().text().length() >= MIN_MARKED_TEXT) {
                return marked.get();
            }
        }
        return densest(body);
    }

    private static Optional<Element> richest(Elements candidates) {
        return candidates.stream().max(Comparator.comparingInt(e -> e.text().length()));
    }

    private static Element densest(Element body) {
        Element best = body;
        int bestScore = 0;
        for (Element element : body.getAllElements()) {
            int score = paragraphText(element);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    private static int paragraphText(Element element) {
        int total = 0;
        for (Element child : element.children()) {
            if (child.normalName().equals("p")) {
                total += child.text().length();
            }
        }
        return total;
    }
}
