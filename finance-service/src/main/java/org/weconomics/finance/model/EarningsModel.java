package org.weconomics.finance.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The earnings model of one partnership: how its costs and margins are shared. */
@Entity
@Table(name = "earnings_model")
public class EarningsModel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false, unique = true)
    public UUID partnershipId;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    @Column(name = "partnership_name", nullable = false)
    public String partnershipName;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<EarningsModel> findByPartnership(UUID partnershipId) {
        return find("partnershipId", partnershipId).firstResultOptional();
    }
}
