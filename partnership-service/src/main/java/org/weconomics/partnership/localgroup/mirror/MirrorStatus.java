package org.weconomics.partnership.localgroup.mirror;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the state of the mirror, for the API and the health check. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MirrorStatus {

    private final KeycloakMirrorConfig config;
    private final KeycloakGroups keycloak;

    public MirrorStatus(KeycloakMirrorConfig config, KeycloakGroups keycloak) {
        this.config = config;
        this.keycloak = keycloak;
    }

    public MirrorStatusView of(String localGroup) {
        String path = keycloak.localGroupPath(localGroup);
        if (!config.enabled()) {
            return new MirrorStatusView(localGroup, "disabled", path, null, List.of());
        }
        List<MirrorTask> pending = MirrorTask.pendingOf(localGroup);
        MirrorTask last = MirrorTask.lastCompletedOf(localGroup);
        OffsetDateTime lastCompletedAt = last == null ? null : last.completedAt;
        String state =
                pending.isEmpty() ? "in-sync" : pending.stream().anyMatch(this::isFailing) ? "failing" : "pending";
        return new MirrorStatusView(
                localGroup,
                state,
                path,
                lastCompletedAt,
                pending.stream().map(MirrorStatusView.Task::of).toList());
    }

    /** Tasks that failed repeatedly and are still being retried, oldest first. */
    public List<MirrorStatusView.Task> failing(int limit) {
        return MirrorTask.failing(config.mirror().failingAfterAttempts(), limit).stream()
                .map(MirrorStatusView.Task::of)
                .toList();
    }

    public long failingCount() {
        return MirrorTask.countFailing(config.mirror().failingAfterAttempts());
    }

    private boolean isFailing(MirrorTask task) {
        return task.attempts >= config.mirror().failingAfterAttempts();
    }
}
