package org.weconomics.partnership.valuechain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.weconomics.support.time.Timestamps;

/**
 * The version of a partnership's value chain: which activities it holds in which order. It moves when an activity is
 * removed or the chain is reordered (the positions of the others change), not when one is appended (no position
 * changes; a reorder that does not name it is refused) and never with the partnership's own fields, so each ETag
 * goes stale only for a change of what it covers.
 */
@Entity
@Table(name = "value_chain")
public class ValueChain extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The chain of a partnership, made at its first use (partnerships from before the migration have one). */
    static ValueChain of(UUID partnershipId) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO value_chain (partnership_id, updated_at, version) VALUES (:id, :now, 0) "
                                + "ON CONFLICT (partnership_id) DO NOTHING")
                .setParameter("id", partnershipId)
                .setParameter("now", Timestamps.now())
                .executeUpdate();
        return findById(partnershipId);
    }

    /** The version of a partnership's chain for a read: 0 while no removal or reorder made it a row. */
    static long versionOf(UUID partnershipId) {
        ValueChain chain = findById(partnershipId);
        return chain == null ? 0 : chain.version;
    }

    /** Marks a change of the order, so that the version moves. */
    void changed() {
        updatedAt = Timestamps.now();
    }
}
