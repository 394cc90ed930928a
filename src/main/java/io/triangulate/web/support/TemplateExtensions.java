package io.triangulate.web.support;

import io.quarkus.qute.TemplateExtension;
import io.triangulate.alignment.Fact;
import io.triangulate.account.Account;
import io.triangulate.alignment.Verdict;
import io.triangulate.claims.Claim;
import io.triangulate.report.Event;
import io.triangulate.report.Report;
import io.triangulate.review.ReviewSession;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display helpers for templates: dates as people read them, the addresses of things. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static String shortDate(Instant instant) {
        return instant == null ? "" : SHORT_DATE.format(instant);
    }

    static String path(Event event) {
        return "/events/" + event.id;
    }

    static String deletionPath(Event event) {
        return path(event) + "/deletion";
    }

    static String importPath(Event event) {
        return path(event) + "/reports";
    }

    static String filesImportPath(Event event) {
        return importPath(event) + "/files";
    }

    static String urlImportPath(Event event) {
        return importPath(event) + "/from-url";
    }

    /** Claims are numbered from 1 for people. */
    static int number(Claim claim) {
        return claim.index + 1;
    }

    static String kindName(Claim claim) {
        return claim.kind.name().toLowerCase(Locale.ROOT);
    }

    static String path(Report report) {
        return "/reports/" + report.id;
    }

    static String deletionPath(Report report) {
        return path(report) + "/deletion";
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static String shortDateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static String path(ReviewSession session) {
        return "/sessions/" + session.id;
    }

    static String closePath(ReviewSession session) {
        return path(session) + "/close";
    }

    static String assignPath(ReviewSession session) {
        return path(session) + "/assignments";
    }

    static String sessionsPath(Event event) {
        return path(event) + "/sessions";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String reviewPath(Fact fact) {
        return "/facts/" + fact.id + "/review";
    }

    static String crossCheckPath(Fact fact) {
        return "/facts/" + fact.id + "/cross-check";
    }

    static String splitPath(Fact fact) {
        return "/facts/" + fact.id + "/split";
    }

    static String mergePath(Fact fact) {
        return "/facts/" + fact.id + "/merge";
    }

    static String factPath(Event event, long factId) {
        return path(event) + "/facts/" + factId;
    }

    /** The anchor of a fact's row on the comparison page. */
    static String rowPath(Event event, long factId) {
        return path(event) + "#fact-" + factId;
    }

    static String rolesPath(Account account) {
        return "/admin/users/" + account.id + "/roles";
    }

    static String passwordPath(Account account) {
        return "/admin/users/" + account.id + "/password";
    }

    static String enabledPath(Account account) {
        return "/admin/users/" + account.id + "/enabled";
    }

    static String deletionPath(Account account) {
        return "/admin/users/" + account.id + "/deletion";
    }

    /** A verdict as a person reads it. */
    static String label(Verdict verdict) {
        return switch (verdict) {
            case AGREEMENT -> "Agreement";
            case DIVERGENCE -> "Divergence";
            case OMISSION -> "Omission";
            case UNCOMPARED -> "Single source";
        };
    }

    /** A verdict as a CSS class suffix. */
    static String css(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT);
    }

    /** An upper-case code as a word: {@code CROSS_CHECK} → "Cross check". */
    static String kindLabel(String kind) {
        return kind.isEmpty() ? kind : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
