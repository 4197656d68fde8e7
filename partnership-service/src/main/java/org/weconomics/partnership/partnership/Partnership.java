package org.weconomics.partnership.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.weconomics.partnership.typology.ActivityIntegration;
import org.weconomics.partnership.typology.BusinessModelChange;
import org.weconomics.partnership.typology.PartnershipType;

/** A blended business model partnership between social- and regular-economy enterprises, in one local group. */
@Entity
@Table(name = "partnership")
public class Partnership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_model")
    public BusinessModelChange businessModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "activities")
    public ActivityIntegration activities;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Subjects of the members who facilitate the partnership's trajectory; never empty. Admins act as coach too. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> coaches = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isCoachedBy(String subject) {
        return coaches.contains(subject);
    }

    /** Whether the subject coaches a partnership of one of these local groups. */
    public static boolean anyCoachedBy(String subject, Collection<String> localGroups) {
        if (localGroups.isEmpty()) {
            return false;
        }
        Number found = (Number) getEntityManager()
                .createNativeQuery("SELECT count(*) FROM partnership WHERE local_group IN (:groups) "
                        + "AND coaches @> jsonb_build_array(CAST(:subject AS text))")
                .setParameter("groups", localGroups)
                .setParameter("subject", subject)
                .getSingleResult();
        return found.longValue() > 0;
    }

    static boolean nameTaken(String localGroup, String name, UUID except) {
        return count("localGroup = ?1 and lower(name) = lower(?2) and id <> ?3", localGroup, name, except) > 0;
    }

    /** The type A–D both typology axes give, once both are chosen. */
    public Optional<PartnershipType> type() {
        return PartnershipType.of(businessModel, activities);
    }
}
