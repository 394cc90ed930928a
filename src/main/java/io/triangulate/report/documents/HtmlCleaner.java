package io.triangulate.report.documents;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture: elements that are never article prose (navigation, scripts, forms,
 * figures) and elements whose class, id, role or label says what they are (bylines, share bars,
 * cookie banners, newsletter boxes, related links, comments, adverts).
 */
final class HtmlCleaner {

    private static final String NEVER_PROSE = "nav, header, footer, aside, script, style, noscript, template, form,"
            + " iframe, svg, canvas, figure, figcaption, button, input, select, textarea, video, audio, object, embed,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=search], [role=dialog], [role=alertdialog]";
    private static final Pattern FURNITURE = Pattern.compile("byline|share|sharing|social|related|newsletter"
            + "|subscribe(?!r)|subscription|promo|advert|sponsor|cookie|consent|banner|comments?(?![a-z])|breadcrumb|menu|popup|modal"
            + "|paywall|(?<![a-z])ads?(?![a-z])|(?<![a-z])ad-|dateline|author-?bio|tags(?![a-z])");
    private static final Set<String> NEVER_DROPPED = Set.of("html", "body", "main");

    private HtmlCleaner() {
    }

    static void clean(Element root) {
        root.select(NEVER_PROSE).remove();
        for (Element element : root.getAllElements()) {
            if (element.parent() != null && !NEVER_DROPPED.contains(element.normalName()) && isFurniture(element)) {
                element.remove();
            }
        }
    }

    private static boolean isFurniture(Element element) {
        String labels = String.join(" ", element.className(), element.id(), element.attr("role"),
                element.attr("aria-label"), element.attr("itemprop")).toLowerCase(Locale.ROOT);
        return !labels.isBlank() && !labels.contains("articlebody") && FURNITURE.matcher(labels).find();
    }
}
