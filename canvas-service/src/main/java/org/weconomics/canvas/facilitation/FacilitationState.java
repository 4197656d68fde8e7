package org.weconomics.canvas.facilitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The facilitator's settings of one canvas: hidden mode, the board lock and the group's focus. A canvas has no row
 * until its facilitator first changes something; until then everything is off, at version 0.
 */
@Entity
@Table(name = "canvas_facilitation")
public class FacilitationState extends PanacheEntityBase {

    @Id
    @Column(name = "canvas_id")
    public UUID canvasId;

    /** Notes added while this is on start hidden. */
    @Column(name = "hidden_mode", nullable = false)
    public boolean hiddenMode;

    /** While locked, only the facilitator adds, changes, moves and removes notes. */
    @Column(nullable = false)
    public boolean locked;

    @Column(name = "focus_block_key")
    public String focusBlockKey;

    @Column(name = "focus_moved_at")
    public OffsetDateTime focusMovedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The stored settings of a canvas, or all off (never stored) when its facilitator changed nothing yet. */
    static FacilitationState of(UUID canvasId) {
        return Optional.<FacilitationState>ofNullable(findById(canvasId)).orElseGet(() -> initial(canvasId));
    }

    /**
     * The settings of a canvas, stored if they were not, and locked until the transaction ends, so that concurrent
     * facilitator changes are checked against If-Match one after the other.
     */
    static FacilitationState lockedForChange(UUID canvasId) {
        getEntityManager()
                .createNativeQuery(
                        """
                INSERT INTO canvas_facilitation (canvas_id, hidden_mode, locked, version)
                VALUES (:canvas, FALSE, FALSE, 0)
                ON CONFLICT (canvas_id) DO NOTHING""")
                .setParameter("canvas", canvasId)
                .executeUpdate();
        return findById(canvasId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static FacilitationState initial(UUID canvasId) {
        FacilitationState state = new FacilitationState();
        state.canvasId = canvasId;
        return state;
    }
}
