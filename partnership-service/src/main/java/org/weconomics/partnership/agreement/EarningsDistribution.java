package org.weconomics.partnership.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest margin distribution the finance service published for a partnership's earnings model. */
@Entity
@Table(name = "earnings_distribution")
public class EarningsDistribution extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "earnings_model_id", nullable = false)
    public UUID earningsModelId;

    @Column(name = "rule_key", nullable = false)
    public String ruleKey;

    @Column(nullable = false)
    public String currency;

    @Column(name = "distributed_margin")
    public BigDecimal distributedMargin;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Share> shares = new ArrayList<>();

    /** The earnings model's version this distribution belongs to; an older one never replaces a newer one. */
    @Column(name = "model_version", nullable = false)
    public long modelVersion;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** One partner's share: percent of the margin, and the amount when there is a distributed margin. */
    public record Share(UUID partnerId, String name, BigDecimal percent, BigDecimal amount) {}
}
