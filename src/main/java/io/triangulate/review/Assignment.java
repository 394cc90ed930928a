package io.triangulate.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A fact of a session given to one reviewer. */
@Entity
@Table(name = "session_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(nullable = false)
    public String username;

    public static List<Assignment> ofSession(long sessionId) {
        return list("sessionId", sessionId);
    }
}
