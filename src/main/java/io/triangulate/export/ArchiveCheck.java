package io.triangulate.export;

import io.triangulate.export.Archive.ClaimPart;
import io.triangulate.export.Archive.FactPart;
import io.triangulate.export.Archive.ReportPart;
import io.triangulate.export.Archive.SessionPart;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an archive's parts fit together before anything is written: every claim belongs to an
 * archived report and lies within its text, every fact's claims, missing reports and differences
 * name archived parts, no claim sits in two facts, and texts fit their columns.
 */
final class ArchiveCheck {

    private ArchiveCheck() {
    }

    static void validate(Archive archive) {
        require(Archive.FORMAT.equals(archive.format()), "This is not a Triangulate archive (\"format\" is not \""
                + Archive.FORMAT + "\").");
        require(archive.version() != null && archive.version() == Archive.VERSION,
                "This archive's version is not one this server reads (" + Archive.VERSION + ").");
        require(archive.event() != null && present(archive.event().title()), "The archive's event has no title.");
        fits(archive.event().title(), 500, "The event's title");
        require(archive.reports() != null && archive.claims() != null && archive.facts() != null,
                "The archive lacks its reports, claims or facts.");
        Map<Long, ReportPart> reports = reports(archive.reports());
        Set<Long> claims = claims(archive.claims(), reports);
        facts(archive.facts(), reports.keySet(), claims);
        sessions(archive.sessions(), archive.facts().stream().map(FactPart::id).toList());
        if (archive.audit() != null) {
            archive.audit().forEach(a -> require(a != null && a.at() != null && present(a.username())
                    && present(a.action()), "An audit line lacks its time, user or action."));
        }
    }

    private static Map<Long, ReportPart> reports(List<ReportPart> parts) {
        Map<Long, ReportPart> reports = new HashMap<>();
        for (ReportPart r : parts) {
            require(r != null && r.id() != null && reports.put(r.id(), r) == null, "A report has no id or a repeated one.");
            require(present(r.source()) && r.text() != null && present(r.contentHash()),
                    "Report " + r.id() + " lacks its source, text or content hash.");
            fits(r.source(), 500, "A report's source");
            fits(r.title(), 1000, "A report's title");
            fits(r.url(), 2048, "A report's address");
            fits(r.author(), 500, "A report's author");
            if (r.original() != null) {
                bytes(r.original().base64(), "Report " + r.id() + "'s original");
            }
        }
        return reports;
    }

    private static Set<Long> claims(List<ClaimPart> parts, Map<Long, ReportPart> reports) {
        Set<Long> ids = new HashSet<>();
        Set<String> indexes = new HashSet<>();
        for (ClaimPart c : parts) {
            require(c != null && c.id() != null && ids.add(c.id()), "A claim has no id or a repeated one.");
            ReportPart report = reports.get(c.reportId());
            require(report != null, "Claim " + c.id() + " belongs to no archived report.");
            require(c.text() != null && c.kind() != null && c.annotations() != null,
                    "Claim " + c.id() + " lacks its text, kind or annotations.");
            require(0 <= c.start() && c.start() <= c.end() && c.end() <= report.text().length(),
                    "Claim " + c.id() + " lies outside its report's text.");
            require(indexes.add(c.reportId() + ":" + c.index()), "Two claims of report " + c.reportId()
                    + " share the index " + c.index() + ".");
            bytes(c.embedding(), "Claim " + c.id() + "'s vector");
        }
        return ids;
    }

    private static void facts(List<FactPart> facts, Set<Long> reports, Set<Long> claims) {
        Set<Long> ids = new HashSet<>();
        Set<Long> placed = new HashSet<>();
        for (FactPart f : facts) {
            require(f != null && f.id() != null && ids.add(f.id()), "A fact has no id or a repeated one.");
            require(f.verdict() != null && f.review() != null && f.review().status() != null,
                    "Fact " + f.id() + " lacks its verdict or review.");
            require(f.claimIds() != null && !f.claimIds().isEmpty() && claims.containsAll(f.claimIds()),
                    "Fact " + f.id() + " names claims the archive does not hold.");
            require(f.claimIds().stream().allMatch(placed::add), "A claim sits in two facts (fact " + f.id() + ").");
            require(f.missingFrom() == null || reports.containsAll(f.missingFrom()),
                    "Fact " + f.id() + " is missing from a report the archive does not hold.");
            require(f.differences() == null || f.differences().stream().allMatch(d -> d != null && d.kind() != null
                    && d.values() != null && reports.containsAll(d.values().keySet())),
                    "A difference of fact " + f.id() + " names a report the archive does not hold.");
            fits(f.review().note(), 4000, "A review note");
        }
    }

    private static void sessions(List<SessionPart> sessions, List<Long> facts) {
        if (sessions == null) {
            return;
        }
        for (SessionPart s : sessions) {
            require(s != null && present(s.title()) && present(s.createdBy()) && s.createdAt() != null,
                    "A review session lacks its title, author or time.");
            fits(s.title(), 300, "A session's title");
            require(s.assignments() == null || s.assignments().stream().allMatch(a -> a != null
                    && facts.contains(a.factId()) && present(a.username())),
                    "A session assigns a fact the archive does not hold.");
        }
    }

    private static void bytes(String base64, String what) {
        if (base64 != null) {
            try {
                Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new InvalidArchiveException(what + " is not valid base64.");
            }
        }
    }

    private static void fits(String text, int limit, String what) {
        require(text == null || text.length() <= limit, what + " is longer than " + limit + " characters.");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidArchiveException(message);
        }
    }
}
