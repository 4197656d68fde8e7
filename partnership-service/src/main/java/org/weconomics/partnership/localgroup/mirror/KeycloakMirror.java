package org.weconomics.partnership.localgroup.mirror;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.weconomics.support.time.Timestamps;

/**
 * Records what Keycloak must do in the transaction of the local-group change, so that the change and
 * its mirror task exist together or not at all. The {@link MirrorWorker} applies the tasks.
 */
@ApplicationScoped
public class KeycloakMirror {

    static final String SUPERSEDED = "superseded by a later change of the same member or group";

    private final KeycloakMirrorConfig config;
    private final Event<MirrorTaskRecorded> recorded;

    public KeycloakMirror(KeycloakMirrorConfig config, Event<MirrorTaskRecorded> recorded) {
        this.config = config;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureGroup(String localGroup) {
        record(localGroup, MirrorOperation.ENSURE_GROUP, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addMember(String localGroup, String userId) {
        record(localGroup, MirrorOperation.ADD_MEMBER, userId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeMember(String localGroup, String userId) {
        record(localGroup, MirrorOperation.REMOVE_MEMBER, userId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removeGroup(String localGroup) {
        record(localGroup, MirrorOperation.REMOVE_GROUP, null);
    }

    private void record(String localGroup, MirrorOperation operation, String userId) {
        if (!config.enabled()) {
            return;
        }
        OffsetDateTime now = Timestamps.now();
        supersedePendingTasks(localGroup, operation, userId, now);
        MirrorTask task = new MirrorTask();
        task.localGroup = localGroup;
        task.operation = operation;
        task.userId = userId;
        task.createdAt = now;
        task.nextAttemptAt = now;
        task.persist();
        recorded.fire(new MirrorTaskRecorded(task.id));
    }

    /**
     * The newest task for a member (or, on removal, for the group) decides the outcome on its own, so
     * older pending ones are closed: a task that keeps failing (say, for a user Keycloak does not know)
     * is then fixed by undoing the change instead of holding up the group for ever.
     */
    private static void supersedePendingTasks(
            String localGroup, MirrorOperation operation, String userId, OffsetDateTime now) {
        List<MirrorTask> pending =
                switch (operation) {
                    case ADD_MEMBER, REMOVE_MEMBER -> MirrorTask.pendingFor(localGroup, userId);
                    case REMOVE_GROUP -> MirrorTask.pendingOf(localGroup);
                    case ENSURE_GROUP -> List.of();
                };
        for (MirrorTask task : pending) {
            task.completedAt = now;
            task.lastError = task.lastError == null ? SUPERSEDED : task.lastError + " (" + SUPERSEDED + ")";
        }
    }
}
