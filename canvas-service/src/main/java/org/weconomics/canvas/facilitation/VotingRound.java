package org.weconomics.canvas.facilitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A round of dot voting on a canvas. At most one round of a canvas is open; closed rounds are kept. */
@Entity
@Table(name = "canvas_voting_round")
public class VotingRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "canvas_id", nullable = false)
    public UUID canvasId;

    /** 1 for the first round of the canvas, then 2, 3… */
    @Column(nullable = false)
    public int number;

    @Column(name = "votes_per_participant", nullable = false)
    public int votesPerParticipant;

    /** How many of their votes one participant may put on one note; null for no limit below the allowance. */
    @Column(name = "max_votes_per_note")
    public Integer maxVotesPerNote;

    /** The blocks whose notes may be voted on; empty for every block. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "block_keys", nullable = false)
    public List<String> blockKeys = new ArrayList<>();

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Whether notes of this block may be voted on in this round. */
    public boolean covers(String blockKey) {
        return blockKeys.isEmpty() || blockKeys.contains(blockKey);
    }

    static Optional<VotingRound> openOn(UUID canvasId) {
        return find("canvasId = ?1 and closedAt is null", canvasId).firstResultOptional();
    }

    /** The round whose results the canvas pictures show. */
    static Optional<VotingRound> latestClosedOn(UUID canvasId) {
        return find("canvasId = ?1 and closedAt is not null", Sort.descending("number"), canvasId)
                .firstResultOptional();
    }

    static int nextNumber(UUID canvasId) {
        Integer highest = getEntityManager()
                .createQuery("select max(r.number) from VotingRound r where r.canvasId = :canvas", Integer.class)
                .setParameter("canvas", canvasId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** A round of the canvas, or null; locked until the transaction ends when {@code forVoting}. */
    static VotingRound ofCanvas(UUID canvasId, UUID roundId, boolean forVoting) {
        VotingRound round = forVoting ? findById(roundId, LockModeType.PESSIMISTIC_WRITE) : findById(roundId);
        return round != null && round.canvasId.equals(canvasId) ? round : null;
    }
}
