package org.weconomics.partnership.tension;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A hybrid tension in a partnership's register: where the social and the regular partner see things differently. */
@Entity
@Table(name = "tension")
public class Tension extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_domain", nullable = false)
    public ValueDomain valueDomain;

    @Enumerated(EnumType.STRING)
    @Column(name = "bmc_block")
    public BmcBlock bmcBlock;

    @Enumerated(EnumType.STRING)
    public TensionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "owner_partner_id")
    public UUID ownerPartnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TensionStatus status;

    /** The element (1–7) of the collaboration agreement this tension touches. */
    @Column(name = "agreement_element")
    public Integer agreementElement;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    /** The typical tension of the catalogue this one was taken from, if any. */
    @Column(name = "catalogue_key")
    public String catalogueKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Solution> solutions = new ArrayList<>();

    @Column(name = "review_due_published_for")
    public LocalDate reviewDuePublishedFor;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isReviewOverdue(LocalDate today) {
        return status.needsReview() && nextReviewDate != null && nextReviewDate.isBefore(today);
    }

    public static List<Tension> registerOf(UUID partnershipId) {
        return list("partnershipId = ?1 order by createdAt, id", partnershipId);
    }
}
