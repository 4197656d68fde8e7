package org.weconomics.finance.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import org.weconomics.events.finance.EarningsModelCreated;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.events.finance.EarningsModelUpdated;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.ProblemException;

/** Keeps one earnings model per partnership and lets the partnership's local group change it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EarningsModelService {

    static final String DEFAULT_CURRENCY = "EUR";

    private final LocalGroupAccess access;
    private final EarningsModels models;
    private final EventOutbox outbox;

    public EarningsModelService(LocalGroupAccess access, EarningsModels models, EventOutbox outbox) {
        this.access = access;
        this.models = models;
        this.outbox = outbox;
    }

    /**
     * Creates the model of a new partnership; called from its event, with no caller. Redelivered events
     * never reach here (the inbox skips them), and the unique partnership id refuses any other duplicate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void createFor(PartnershipCreated partnership) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public EarningsModelView getByPartnership(@NotNull UUID partnershipId) {
        EarningsModel model = EarningsModel.findByPartnership(partnershipId)
                .orElseThrow(() -> ProblemException.notFound("Earnings model of partnership", partnershipId));
        access.requireAccess(model.localGroup, "Earnings model of partnership", partnershipId);
        return EarningsModelView.of(model);
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
