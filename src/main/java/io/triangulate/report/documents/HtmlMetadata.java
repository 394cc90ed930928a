package io.triangulate.report.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from the tags publishers fill in for search engines and social
 * networks (Open Graph, article:*, canonical links), falling back to older conventions. Must run
 * before the page is cleaned, because bylines and {@code <time>} tags are removed as furniture.
 */
final class HtmlMetadata {

    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]+)\"|\"([^\"]+)\")");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·]\\s+([^|\\-–—:·]+)$");

    private HtmlMetadata() {
    }

    static DocumentMetadata of(Document page) {
        String source = firstOf(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=application-name]"),
                notUrl(meta(page, "meta[name=publisher]")), notUrl(meta(page, "meta[property=article:publisher]")));
        String title = firstOf(meta(page, "meta[property=og:title]"), blankToNull(page.title()));
        String url = firstOf(meta(page, "meta[property=og:url]"), attr(page, "link[rel=canonical]", "href"));
        return new DocumentMetadata(source, withoutSiteSuffix(title, source), url, author(page), published(page));
    }

    private static String author(Document page) {
        Element byRel = page.selectFirst("[rel=author]");
        return firstOf(meta(page, "meta[name=author]"), notUrl(meta(page, "meta[property=article:author]")),
                byRel == null ? null : blankToNull(byRel.text()), jsonLdAuthor(page));
    }

    private static String published(Document page) {
        return firstOf(meta(page, "meta[property=article:published_time]"), meta(page, "meta[name=date]"),
                meta(page, "meta[name=pubdate]"), meta(page, "meta[itemprop=datePublished]"),
                attr(page, "article time[datetime]", "datetime"), attr(page, "time[datetime]", "datetime"));
    }

    private static String jsonLdAuthor(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = LD_AUTHOR.matcher(script.data());
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }

    /** "Storm hits coast | Daily Planet" is the page title; the story's title is the part before. */
    private static String withoutSiteSuffix(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        Matcher m = TITLE_SUFFIX.matcher(title);
        return m.find() && m.group(1).strip().equalsIgnoreCase(site.strip()) ? title.substring(0, m.start()).strip() : title;
    }

    private static String meta(Document page, String query) {
        return attr(page, query, "content");
    }

    private static String attr(Document page, String query, String attribute) {
        Element element = page.selectFirst(query);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
