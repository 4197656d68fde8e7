package org.weconomics.finance.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.events.finance.PriceChosen;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.pricing.PriceProposal;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;

/** Reads and replaces the pricing methods of a model; announces the chosen price when it changes. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PricingService {

    private final EarningsModels models;
    private final ModelChanges changes;
    private final EventOutbox outbox;

    public PricingService(EarningsModels models, ModelChanges changes, EventOutbox outbox) {
        this.models = models;
        this.changes = changes;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PricingView get(@NotNull UUID modelId) {
        return view(models.accessible(modelId));
    }

    public PricingView update(@NotNull UUID modelId, long expectedVersion, @NotNull UpdatePricingRequest request) {
        EarningsModel model = models.accessible(modelId);
        IfMatch.check(expectedVersion, model.version, () -> view(model));
        Optional<PriceProposal> chosenBefore = chosen(FiguresCalculator.calculate(ModelInputs.of(model.id)));
        CalculatedModel after = changes.apply(
                model,
                "pricing.",
                input -> new EarningsModelInput(
                        input.parties(),
                        input.valueChain(),
                        request.toInput(),
                        input.distribution(),
                        input.projection()),
                () -> PricingSettings.store(model.id, request.toInput()));
        chosen(after)
                .filter(now ->
                        chosenBefore.map(before -> !samePrice(before, now)).orElse(true))
                .ifPresent(now -> outbox.record(
                        EarningsModelEvents.PRICE_CHOSEN,
                        new PriceChosen(
                                model.id,
                                model.partnershipId,
                                model.localGroup,
                                now.method().jsonName(),
                                model.currency,
                                now.recommendedPrice(),
                                now.unitCost(),
                                now.margin(),
                                now.marginPercent(),
                                now.subsidyPerUnit(),
                                model.version)));
        return PricingView.of(model, after);
    }

    private static Optional<PriceProposal> chosen(CalculatedModel figures) {
        return figures.pricing() == null ? Optional.empty() : figures.pricing().chosen();
    }

    private static boolean samePrice(PriceProposal before, PriceProposal now) {
        return before.method() == now.method()
                && before.recommendedPrice().compareTo(now.recommendedPrice()) == 0
                && Objects.equals(before.subsidyPerUnit(), now.subsidyPerUnit());
    }

    private static PricingView view(EarningsModel model) {
        return PricingView.of(model, FiguresCalculator.calculate(ModelInputs.of(model.id)));
    }
}
