package io.triangulate.alignment;

import java.util.List;

/**
 * A claim as a comparison shows it: without its annotations and vector, which only the engine
 * reads, so serving a stored comparison stays a light query.
 */
public record ClaimRow(Long id, Long reportId, int index, String text, int start, int end) {

    public static List<ClaimRow> ofEvent(long eventId) {
        return Fact.getEntityManager().createQuery("select new io.triangulate.alignment.ClaimRow(c.id, r.id, c.index, "
                + "c.text, c.start, c.end) from Claim c join c.report r where r.event.id = ?1 order by r.id, c.index",
                ClaimRow.class).setParameter(1, eventId).getResultList();
    }
}
