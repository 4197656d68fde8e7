package org.weconomics.partnership.valuechain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An activity of a partnership's value chain, with the partners responsible for it and its ordered sub-actions. */
@Entity
@Table(name = "value_chain_activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    /** Place in the value chain, from 1, without gaps. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "responsible_partner_ids", nullable = false)
    public List<UUID> responsiblePartnerIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> responsibilities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sub_actions", nullable = false)
    public List<SubAction> subActions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * One step of an activity ("sub actie"); its id stays over changes, since the finance service keys
     * costs on it.
     */
    public record SubAction(UUID id, String name, UUID responsiblePartnerId) {}

    /** The value chain of a partnership, in order. */
    public static List<Activity> chainOf(UUID partnershipId) {
        return list("partnershipId = ?1 order by position", partnershipId);
    }
}
