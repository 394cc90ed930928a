package io.triangulate.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The bytes a report arrived as, kept apart from {@link Report} so lists never load them. */
@Entity
@Table(name = "report_original")
public class ReportOriginal extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public byte[] bytes;
}
