package org.weconomics.finance.model;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.events.finance.EarningsModelCreated;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.events.finance.EarningsModelUpdated;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/** Keeps one earnings model per partnership and lets the partnership's local group change it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EarningsModelService {

    static final String DEFAULT_CURRENCY = "EUR";

    private final LocalGroupAccess access;
    private final Caller caller;
    private final EarningsModels models;
    private final EventOutbox outbox;

    public EarningsModelService(LocalGroupAccess access, Caller caller, EarningsModels models, EventOutbox outbox) {
        this.access = access;
        this.caller = caller;
        this.models = models;
        this.outbox = outbox;
    }

    /**
     * Creates the model of a new partnership; called from its event, with no caller. Redelivered events
     * never reach here (the inbox skips them), and the unique partnership id refuses any other duplicate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void createFor(PartnershipCreated partnership) {
        OffsetDateTime now = Timestamps.now();
        EarningsModel model = new EarningsModel();
        model.id = UUID.randomUUID();
        model.partnershipId = partnership.partnershipId();
        model.localGroup = partnership.localGroup();
        model.partnershipName = partnership.name();
        model.currency = DEFAULT_CURRENCY;
        model.createdAt = now;
        model.updatedAt = now;
        model.persist();
        outbox.record(
                EarningsModelEvents.CREATED,
                new EarningsModelCreated(model.id, model.partnershipId, model.localGroup, model.currency));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EarningsModelView get(@NotNull UUID id) {
        return EarningsModelView.of(find(id));
    }

    /**
     * The models of the caller's local groups (every one for admins), by partnership name, optionally of one
     * partnership or one local group. A model outside the caller's groups is left out, as if it did not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<EarningsModelView> list(UUID partnershipId, String localGroup, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            conditions.add("localGroup in :mine");
            parameters.put("mine", caller.localGroups().isEmpty() ? List.of("") : caller.localGroups());
        }
        if (partnershipId != null) {
            conditions.add("partnershipId = :partnershipId");
            parameters.put("partnershipId", partnershipId);
        }
        if (localGroup != null && !localGroup.isBlank()) {
            conditions.add("localGroup = :localGroup");
            parameters.put("localGroup", localGroup.strip());
        }
        Sort order = Sort.by("partnershipName").and("id");
        var query = conditions.isEmpty()
                ? EarningsModel.<EarningsModel>findAll(order)
                : EarningsModel.<EarningsModel>find(String.join(" and ", conditions), order, parameters);
        return PageView.of(query, page, EarningsModelView::of);
    }

    public EarningsModelView update(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateEarningsModelRequest request) {
        EarningsModel model = find(id);
        IfMatch.check(expectedVersion, model.version, () -> EarningsModelView.of(model));
        model.currency = knownCurrency(request.currency());
        EarningsModels.touch(model);
        outbox.record(
                EarningsModelEvents.UPDATED,
                new EarningsModelUpdated(model.id, model.partnershipId, model.currency, model.version));
        return EarningsModelView.of(model);
    }

    private static String knownCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "is not an ISO 4217 currency code");
        }
    }

    private EarningsModel find(UUID id) {
        return models.accessible(id);
    }
}
