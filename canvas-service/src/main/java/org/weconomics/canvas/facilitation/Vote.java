package org.weconomics.canvas.facilitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One dot a participant put on a note in a voting round. Removing the note removes its dots. */
@Entity
@Table(name = "canvas_vote")
public class Vote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(nullable = false)
    public String voter;

    @Column(name = "cast_at", nullable = false)
    public OffsetDateTime castAt;

    static int usedBy(UUID roundId, String voter) {
        return (int) count("roundId = ?1 and voter = ?2", roundId, voter);
    }

    static int onNoteBy(UUID roundId, String voter, UUID noteId) {
        return (int) count("roundId = ?1 and voter = ?2 and noteId = ?3", roundId, voter, noteId);
    }

    /** The voter's most recent dot on the note, the one a withdrawal takes back. */
    static Optional<Vote> latestOnNoteBy(UUID roundId, String voter, UUID noteId) {
        return find(
                        "roundId = ?1 and voter = ?2 and noteId = ?3",
                        Sort.descending("castAt", "id"),
                        roundId,
                        voter,
                        noteId)
                .firstResultOptional();
    }

    /** Votes per note in a round, all voters together. */
    static Map<UUID, Integer> perNote(UUID roundId) {
        return counted(getEntityManager()
                .createQuery(
                        "select v.noteId, count(v) from Vote v where v.roundId = :round group by v.noteId",
                        Object[].class)
                .setParameter("round", roundId)
                .getResultList());
    }

    /** Votes per note in a round, of one voter. */
    static Map<UUID, Integer> perNoteOf(UUID roundId, String voter) {
        return counted(getEntityManager()
                .createQuery(
                        "select v.noteId, count(v) from Vote v where v.roundId = :round and v.voter = :voter "
                                + "group by v.noteId",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("voter", voter)
                .getResultList());
    }

    static int voters(UUID roundId) {
        return getEntityManager()
                .createQuery("select count(distinct v.voter) from Vote v where v.roundId = :round", Long.class)
                .setParameter("round", roundId)
                .getSingleResult()
                .intValue();
    }

    private static Map<UUID, Integer> counted(List<Object[]> rows) {
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
