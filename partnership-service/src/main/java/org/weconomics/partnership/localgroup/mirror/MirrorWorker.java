package org.weconomics.partnership.localgroup.mirror;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.weconomics.partnership.localgroup.LocalGroup;
import org.weconomics.support.time.Timestamps;

/**
 * Applies recorded mirror tasks to Keycloak, outside any database transaction, and records the outcome:
 * done, or failed with the error and the time of the next attempt (exponential backoff, capped). A task
 * is never dropped; one that keeps failing shows in the mirror status and the health check.
 */
@ApplicationScoped
public class MirrorWorker {

    private static final Logger LOG = Logger.getLogger(MirrorWorker.class);
    private static final int BATCH_SIZE = 50;

    private final KeycloakMirrorConfig config;
    private final KeycloakGroups keycloak;
    private final ManagedExecutor executor;
    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean wokenWhileWorking = new AtomicBoolean();

    public MirrorWorker(KeycloakMirrorConfig config, KeycloakGroups keycloak, ManagedExecutor executor) {
        this.config = config;
        this.keycloak = keycloak;
        this.executor = executor;
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MirrorTaskRecorded recorded) {
        executor.execute(this::applyDueTasks);
    }

    @Scheduled(
            every = "${weconomics.keycloak.mirror.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        applyDueTasks();
    }

    /** Applies due tasks until none is left; concurrent calls coalesce into one run. */
    public void applyDueTasks() {
        if (!config.enabled()) {
            return;
        }
        wokenWhileWorking.set(true);
        while (wokenWhileWorking.get() && working.compareAndSet(false, true)) {
            try {
                wokenWhileWorking.set(false);
                boolean progress = true;
                while (progress) {
                    progress = applyOnePass();
                }
            } catch (RuntimeException e) {
                LOG.warnf("Keycloak mirror pass failed, retrying on the next pass: %s", e.getMessage());
                return;
            } finally {
                working.set(false);
            }
        }
    }

    /** @return whether a task completed, so that tasks waiting for it may now be due */
    private boolean applyOnePass() {
        List<MirrorTask> due =
                QuarkusTransaction.requiringNew().call(() -> MirrorTask.due(Timestamps.now(), BATCH_SIZE));
        boolean progress = false;
        for (MirrorTask task : due) {
            progress |= apply(task);
        }
        return progress;
    }

    private boolean apply(MirrorTask task) {
        String error = null;
        try {
            applyToKeycloak(task);
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf(
                    "Mirroring %s of local group %s (task %d, attempt %d) failed: %s",
                    task.operation, task.localGroup, task.id, task.attempts + 1, error);
        }
        String outcome = error;
        return QuarkusTransaction.requiringNew().call(() -> recordOutcome(task.id, outcome));
    }

    private void applyToKeycloak(MirrorTask task) {
        switch (task.operation) {
            case ENSURE_GROUP ->
                keycloak.ensureGroup(
                        task.localGroup,
                        QuarkusTransaction.requiringNew()
                                .call(() -> Optional.ofNullable(LocalGroup.<LocalGroup>findById(task.localGroup))));
            case ADD_MEMBER -> keycloak.addMember(task.localGroup, task.userId);
            case REMOVE_MEMBER -> keycloak.removeMember(task.localGroup, task.userId);
            case REMOVE_GROUP -> keycloak.removeGroup(task.localGroup);
        }
    }

    private boolean recordOutcome(long taskId, String error) {
        MirrorTask task = MirrorTask.findById(taskId);
        if (task == null || task.completedAt != null) {
            // Superseded while it was being applied: the newer task decides.
            return false;
        }
        OffsetDateTime now = Timestamps.now();
        if (error == null) {
            task.succeeded(now);
            return true;
        }
        task.failed(error, now, backoffAfter(task.attempts + 1));
        return false;
    }

    /** The pause after the given number of failed attempts: doubling from the initial backoff, capped. */
    Duration backoffAfter(int failedAttempts) {
        Duration backoff = config.mirror().initialBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return backoff.compareTo(config.mirror().maxBackoff()) > 0
                ? config.mirror().maxBackoff()
                : backoff;
    }
}
