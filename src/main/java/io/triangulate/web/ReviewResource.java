package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triangulate.alignment.Fact;
import io.triangulate.alignment.ReviewStatus;
import io.triangulate.alignment.StoredComparison;
import io.triangulate.alignment.Verdict;
import io.triangulate.audit.AuditEntry;
import io.triangulate.audit.Actor;
import io.triangulate.report.Event;
import io.triangulate.review.Corrections;
import io.triangulate.review.Decision;
import io.triangulate.review.ReviewException;
import io.triangulate.review.ReviewService;
import io.triangulate.review.ReviewSession;
import io.triangulate.review.SessionProgress;
import io.triangulate.review.SessionService;
import io.triangulate.web.support.ApiException;
import io.triangulate.web.support.ConflictCheck;
import io.triangulate.web.support.Flash;
import io.triangulate.web.view.FactDetail;
import io.triangulate.web.view.SessionPage;
import io.triangulate.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The review pages: decisions, cross-checks and corrections from a fact's panel, review sessions
 * (queue, next fact, live feed, close) and an event's audit trail. Every form answers 303 back to
 * where it came from with what happened; a refused change (a stale version) says what changed.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(SessionPage page);

        static native TemplateInstance session$feed(SessionPage page);

        static native TemplateInstance audit(Event event, List<AuditEntry> entries);
    }

    @Inject
    ReviewService review;

    @Inject
    Corrections corrections;

    @Inject
    SessionService sessions;

    @Inject
    Actor user;

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("facts/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long id, @RestForm String status, @RestForm String verdict,
            @RestForm String note, @RestForm Integer version, @RestForm String back) {
        return attempt(back, () -> {
            Fact fact = review.decide(id, new Decision(parse(ReviewStatus.class, status, "decision"),
                    parse(Verdict.class, verdict, "verdict"), note, version));
            return "Fact decided: " + fact.reviewStatus.name().toLowerCase(Locale.ROOT) + ".";
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("facts/{id}/cross-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response crossCheck(@RestPath long id, @RestForm String accept, @RestForm String note,
            @RestForm Integer version, @RestForm String back) {
        return attempt(back, () -> {
            Fact fact = review.crossCheck(id, "true".equals(accept), note, version);
            return "Decision " + fact.crossCheck.toLowerCase(Locale.ROOT) + " on cross-check.";
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("facts/{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@RestPath long id, @RestForm("claimIds") List<Long> claimIds, @RestForm String back) {
        return attempt(back, () -> {
            corrections.split(id, claimIds);
            return "Claims split out into a fact of their own; re-alignment will keep them apart.";
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("facts/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm Long with, @RestForm String back) {
        return attempt(back, () -> {
            if (with == null) {
                throw new ReviewException(400, "INVALID_CORRECTION", "Choose the fact to merge with.");
            }
            corrections.merge(List.of(id, with));
            return "Facts merged; re-alignment will keep them together.";
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("events/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openSession(@RestPath long id, @RestForm String title) {
        try {
            ReviewSession session = sessions.open(id, title);
            return Flash.seeOther("/sessions/" + session.id, "Review session opened: divergences come first.");
        } catch (ReviewException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Flash.warn("/events/" + id, e.getMessage());
        }
    }

    @GET
    @Path("sessions/{id}")
    public TemplateInstance session(@RestPath long id, @RestQuery Long fact) {
        return Templates.session(page(id, fact));
    }

    /** The changes as they happen, polled by the session page. */
    @GET
    @Path("sessions/{id}/feed")
    public TemplateInstance feed(@RestPath long id) {
        return Templates.session$feed(page(id, null));
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("sessions/{id}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long id, @RestForm String reviewers) {
        return attempt("/sessions/" + id, () -> {
            List<String> names = reviewers == null ? List.of() : Arrays.stream(reviewers.split("[,\\s]+"))
                    .filter(n -> !n.isBlank()).toList();
            int shared = sessions.assignInTurn(id, names);
            return shared + " facts shared among " + String.join(", ", names) + ".";
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @POST
    @Path("sessions/{id}/close")
    public Response close(@RestPath long id) {
        return attempt("/sessions/" + id, () -> {
            SessionProgress summary = sessions.close(id);
            return "Session closed: " + summary.reviewed() + " of " + summary.total() + " facts reviewed by "
                    + String.join(", ", summary.participants()) + ".";
        });
    }

    @GET
    @Path("events/{id}/audit")
    public TemplateInstance audit(@RestPath long id) {
        Event event = Event.findById(id);
        if (event == null) {
            throw ApiException.notFound("event " + id);
        }
        return Templates.audit(event, AuditEntry.ofEvent(id));
    }

    private SessionPage page(long sessionId, Long factId) {
        SessionProgress progress = sessions.progress(sessionId);
        StoredComparison comparison = progress.comparison();
        Fact chosen = factId != null ? progress.queue().stream().filter(f -> f.id.equals(factId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("fact " + factId + " in this session"))
                : progress.next(user.name());
        FactDetail current = chosen == null ? null : FactDetail.of(comparison, chosen.id)
                .map(d -> d.with(AuditEntry.ofFact(chosen.id), "/sessions/" + sessionId)).orElse(null);
        return SessionPage.of(comparison.event(), progress, comparison.facts(), current,
                AuditEntry.latest(progress.session().eventId, 12), user.name());
    }

    private static Response attempt(String back, Supplier<String> change) {
        String target = safe(back);
        try {
            return Flash.seeOther(target, change.get());
        } catch (ReviewException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Flash.warn(target, e.getMessage());
        } catch (RuntimeException e) {
            if (ConflictCheck.isConflict(e)) {
                return Flash.warn(target, "Someone changed this fact at the same moment; nothing was changed. "
                        + "Look at it again and decide.");
            }
            throw e;
        }
    }

    /** Only paths of this app: never another site. */
    static String safe(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReviewException(400, "INVALID_REVIEW", "There is no " + name + " '" + value + "'.");
        }
    }
}
