package org.weconomics.partnership.tension;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a tension: who made it, when, and the whole tension before and after. Never changed itself. */
@Entity
@Table(name = "tension_change")
public class TensionChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tension_id", nullable = false)
    public UUID tensionId;

    @Column(nullable = false)
    public String action;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** The tension as clients read it before the change; null for its creation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> after;
}
