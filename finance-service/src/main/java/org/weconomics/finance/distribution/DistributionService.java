package org.weconomics.finance.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;

/** Reads and replaces the margin distribution rule of a model and announces every change of it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DistributionService {

    private final EarningsModels models;
    private final ModelChanges changes;

    public DistributionService(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DistributionView get(@NotNull UUID modelId) {
        EarningsModel model = models.accessible(modelId);
        return DistributionView.of(model, FiguresCalculator.calculate(ModelInputs.of(model.id)));
    }

    public DistributionView update(
            @NotNull UUID modelId, long expectedVersion, @NotNull UpdateDistributionRequest request) {
        EarningsModel model = models.accessible(modelId);
        IfMatch.check(
                expectedVersion,
                model.version,
                () -> DistributionView.of(model, FiguresCalculator.calculate(ModelInputs.of(model.id))));
        DistributionRule rule = request.toRule();
        CalculatedModel after = changes.apply(
                model,
                "distribution.",
                input -> new EarningsModelInput(
                        input.parties(), input.valueChain(), input.pricing(), rule, input.projection()),
                () -> DistributionSettings.store(model.id, rule));
        return DistributionView.of(model, after);
    }
}
