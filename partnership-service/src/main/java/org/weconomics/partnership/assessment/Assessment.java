package org.weconomics.partnership.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One assessment of a partnership: a partner's own (a draft only its author sees, frozen once submitted) or a
 * revision of the agreed view. Submitted rows never change; together they are the history.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    public enum Kind {
        PARTNER,
        AGREED
    }

    public enum State {
        DRAFT,
        SUBMITTED
    }

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** The partner whose view it is; null for the agreed view. */
    @Column(name = "partner_id")
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The how-manieth assessment of this partner (or agreed view), from 1. */
    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public AssessmentContent content;

    /** Token subject of the member who wrote it; only they see a draft. */
    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Version
    @Column(nullable = false)
    public long version;

    static Optional<Assessment> draftOf(UUID partnershipId, UUID partnerId) {
        return find("partnershipId = ?1 and partnerId = ?2 and state = ?3", partnershipId, partnerId, State.DRAFT)
                .firstResultOptional();
    }

    static int lastRevision(UUID partnershipId, UUID partnerId, Kind kind) {
        Optional<Assessment> last = (partnerId == null
                        ? find("partnershipId = ?1 and kind = ?2 order by revision desc", partnershipId, kind)
                        : find(
                                "partnershipId = ?1 and partnerId = ?2 and kind = ?3 order by revision desc",
                                partnershipId,
                                partnerId,
                                kind))
                .firstResultOptional();
        return last.map(assessment -> assessment.revision).orElse(0);
    }

    /** Every submitted partner assessment and agreed revision, newest first. */
    static List<Assessment> submittedOf(UUID partnershipId) {
        return list("partnershipId = ?1 and state = ?2 order by submittedAt desc, id", partnershipId, State.SUBMITTED);
    }

    static Optional<Assessment> latestAgreed(UUID partnershipId) {
        return find("partnershipId = ?1 and kind = ?2 order by revision desc", partnershipId, Kind.AGREED)
                .firstResultOptional();
    }
}
