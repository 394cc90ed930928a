package io.triangulate.web.support;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.HtmlEscaper;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Qute's HTML escaping plus {@code =} and the backtick: imported text is hostile by assumption, and
 * escaped it must not read as markup even to a filter that strips ampersands
 * ({@code <img onerror=alert(1)>} shows as {@code &lt;img onerror&#61;alert(1)&gt;}). Browsers show
 * the same characters; it replaces the standard escaper for HTML templates by its higher priority.
 */
public class StrictHtmlEscaper extends HtmlEscaper {

    public StrictHtmlEscaper() {
        super(List.of("text/html"));
    }

    static void install(@Observes EngineBuilder engine) {
        engine.addResultMapper(new StrictHtmlEscaper());
    }

    @Override
    protected String replacementFor(char c) {
        return switch (c) {
            case '=' -> "&#61;";
            case '`' -> "&#96;";
            default -> super.replacementFor(c);
        };
    }

    @Override
    public int getPriority() {
        return super.getPriority() + 10;
    }
}
