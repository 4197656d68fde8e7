package org.weconomics.canvas.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A partnership as canvas-service learnt it from partnership-service's events. */
@Entity
@Table(name = "known_partnership")
public class KnownPartnership extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    /** Absent while only a roles-changed event, which names no partnership, told of it. */
    public String name;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
