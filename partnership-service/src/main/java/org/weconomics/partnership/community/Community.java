package org.weconomics.partnership.community;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A business community: the practice of a domain, served by a network leader under a revenue model. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String domain;

    @Column(name = "network_leader", nullable = false)
    public String networkLeader;

    @Enumerated(EnumType.STRING)
    @Column(name = "revenue_payer", nullable = false)
    public RevenuePayer revenuePayer;

    @Enumerated(EnumType.STRING)
    @Column(name = "revenue_basis", nullable = false)
    public RevenueBasis revenueBasis;

    @Column(name = "revenue_amount", nullable = false)
    public BigDecimal revenueAmount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    static boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except) > 0;
    }
}
