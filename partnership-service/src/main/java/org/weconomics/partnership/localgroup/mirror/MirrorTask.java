package org.weconomics.partnership.localgroup.mirror;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** One change Keycloak must follow; it stays until Keycloak accepted it (or a later task made it moot). */
@Entity
@Table(name = "keycloak_mirror_task")
public class MirrorTask extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MirrorOperation operation;

    /** The member concerned; null for operations on the group itself. */
    @Column(name = "user_id")
    public String userId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /**
     * Tasks due now whose predecessors are done. Tasks of one local group are applied in the order they
     * were recorded, except that tasks for different members do not wait for each other; a task on the
     * group itself waits for, and holds up, every task of that group.
     */
    static List<MirrorTask> due(OffsetDateTime now, int limit) {
        return find(
                        """
                from MirrorTask task
                where task.completedAt is null and task.nextAttemptAt <= :now and not exists (
                    select 1 from MirrorTask earlier
                    where earlier.localGroup = task.localGroup and earlier.completedAt is null and earlier.id < task.id
                      and (earlier.userId is null or task.userId is null or earlier.userId = task.userId))
                order by task.id""",
                        Parameters.with("now", now))
                .page(0, limit)
                .list();
    }

    static List<MirrorTask> pendingOf(String localGroup) {
        return list("localGroup = ?1 and completedAt is null order by id", localGroup);
    }

    static MirrorTask lastCompletedOf(String localGroup) {
        return find("localGroup = ?1 and completedAt is not null order by completedAt desc, id desc", localGroup)
                .firstResult();
    }

    static long countFailing(int failingAfterAttempts) {
        return count("completedAt is null and attempts >= ?1", failingAfterAttempts);
    }

    static List<MirrorTask> failing(int failingAfterAttempts, int limit) {
        return find("completedAt is null and attempts >= ?1 order by id", failingAfterAttempts)
                .page(0, limit)
                .list();
    }

    /** Pending tasks for one member that a newer task for that member makes moot. */
    static List<MirrorTask> pendingFor(String localGroup, String userId) {
        return list("localGroup = ?1 and userId = ?2 and completedAt is null", localGroup, userId);
    }

    void failed(String error, OffsetDateTime now, Duration backoff) {
        attempts++;
        lastAttemptAt = now;
        lastError = error;
        nextAttemptAt = now.plus(backoff);
    }

    void succeeded(OffsetDateTime now) {
        attempts++;
        lastAttemptAt = now;
        completedAt = now;
    }
}
