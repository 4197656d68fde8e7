package org.weconomics.partnership.tension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.support.access.Caller;

/** Writes and reads the history of tensions: every change with the tension before and after it. */
@ApplicationScoped
public class TensionHistory {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};
    /** Derived from the date of reading, not part of the tension's state. */
    private static final List<String> DERIVED = List.of("reviewOverdue", "allowedNextStatuses");

    private final ObjectMapper json;
    private final Caller caller;

    public TensionHistory(ObjectMapper json, Caller caller) {
        this.json = json;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(Tension tension, String action, TensionView before, TensionView after) {
        TensionChange change = new TensionChange();
        change.id = UUID.randomUUID();
        change.tensionId = tension.id;
        change.action = action;
        change.changedBy = caller.subject();
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        change.before = before == null ? null : snapshot(before);
        change.after = snapshot(after);
        change.persist();
    }

    List<TensionChangeView> of(UUID tensionId) {
        return TensionChange.<TensionChange>list("tensionId = ?1 order by changedAt, id", tensionId).stream()
                .map(TensionChangeView::of)
                .toList();
    }

    private Map<String, Object> snapshot(TensionView view) {
        // The REST layer's mapper, so that the history shows fields exactly as clients read them.
        Map<String, Object> snapshot = json.convertValue(view, AS_MAP);
        DERIVED.forEach(snapshot::remove);
        return snapshot;
    }
}
