package org.weconomics.partnership.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.weconomics.partnership.organisation.Organisation;

/**
 * One period in which an organisation is a partner of a partnership, with its role and its contribution
 * to the value proposition. Leaving ends the period; the row stays as history.
 */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    public Organisation organisation;

    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public boolean founding;

    @Column(name = "joined_at", nullable = false)
    public OffsetDateTime joinedAt;

    @Column(name = "left_at")
    public OffsetDateTime leftAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "products_and_services", nullable = false)
    public List<String> productsAndServices = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "gain_creators", nullable = false)
    public List<String> gainCreators = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pain_relievers", nullable = false)
    public List<String> painRelievers = new ArrayList<>();

    /** Subjects of the members who act for the partner; while it names none, its partnership's coaches act for it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> representatives = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isCurrent() {
        return leftAt == null;
    }

    public boolean hasContributions() {
        return !productsAndServices.isEmpty() || !gainCreators.isEmpty() || !painRelievers.isEmpty();
    }

    public boolean isRepresentedBy(String subject) {
        return representatives.contains(subject);
    }

    /** Whether the subject represents any current partner of the partnership. */
    public static boolean anyRepresentedBy(UUID partnershipId, String subject) {
        return currentOf(partnershipId).stream().anyMatch(partner -> partner.isRepresentedBy(subject));
    }

    /** Everyone who is a partner now, by join date. */
    public static List<Partner> currentOf(UUID partnershipId) {
        return list("partnershipId = ?1 and leftAt is null order by joinedAt, id", partnershipId);
    }

    static boolean isCurrentPartner(UUID partnershipId, UUID organisationId) {
        return count("partnershipId = ?1 and organisation.id = ?2 and leftAt is null", partnershipId, organisationId)
                > 0;
    }
}
