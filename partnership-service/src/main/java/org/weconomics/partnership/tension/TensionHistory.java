package org.weconomics.partnership.tension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.support.access.Caller;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.time.Timestamps;

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
        change.changedAt = Timestamps.now();
        change.before = before == null ? null : snapshot(before);
        change.after = snapshot(after);
        change.persist();
    }

    PageView<TensionChangeView> of(UUID tensionId, PageRequest page) {
        return PageView.of(
                TensionChange.<TensionChange>find("tensionId = ?1 order by changedAt, id", tensionId),
                page,
                TensionChangeView::of);
    }

    private Map<String, Object> snapshot(TensionView view) {
        // The REST layer's mapper, so that the history shows fields exactly as clients read them.
        Map<String, Object> snapshot = json.convertValue(view, AS_MAP);
        DERIVED.forEach(snapshot::remove);
        return snapshot;
    }
}
