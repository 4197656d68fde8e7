package org.weconomics.finance.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.projection.ProjectionInput;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/** Reads the projection of a model and replaces its revenue base, investments and yearly cost lines. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProjectionService {

    private static final String PART = "projection.";

    private final EarningsModels models;
    private final ModelChanges changes;

    public ProjectionService(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectionView get(@NotNull UUID modelId, Scenario scenario) {
        return view(models.accessible(modelId), scenario);
    }

    public ProjectionView updateRevenue(
            @NotNull UUID modelId, long expectedVersion, @NotNull UpdateRevenueRequest request) {
        return change(
                modelId,
                expectedVersion,
                false,
                current -> new ProjectionInput(
                        request.horizonYears(),
                        request.revenue(),
                        request.scenarios(),
                        current == null ? null : current.investments(),
                        current == null ? null : current.yearlyCosts()),
                settings -> settings.replaceRevenue(
                        request.horizonYears(),
                        request.revenue(),
                        request.scenarios() == null ? List.of() : request.scenarios()));
    }

    public ProjectionView updateInvestments(
            @NotNull UUID modelId, long expectedVersion, @NotNull UpdateInvestmentsRequest request) {
        return change(
                modelId,
                expectedVersion,
                true,
                current -> new ProjectionInput(
                        current.horizonYears(),
                        current.revenue(),
                        current.scenarios(),
                        request.investments(),
                        current.yearlyCosts()),
                settings ->
                        settings.replaceInvestments(request.investments() == null ? List.of() : request.investments()));
    }

    public ProjectionView updateYearlyCosts(
            @NotNull UUID modelId, long expectedVersion, @NotNull UpdateYearlyCostsRequest request) {
        return change(
                modelId,
                expectedVersion,
                true,
                current -> new ProjectionInput(
                        current.horizonYears(),
                        current.revenue(),
                        current.scenarios(),
                        current.investments(),
                        request.yearlyCosts()),
                settings ->
                        settings.replaceYearlyCosts(request.yearlyCosts() == null ? List.of() : request.yearlyCosts()));
    }

    /**
     * @param needsRevenue investments and yearly costs are checked against the horizon, so they wait for the
     *                     revenue base
     */
    private ProjectionView change(
            UUID modelId,
            long expectedVersion,
            boolean needsRevenue,
            UnaryOperator<ProjectionInput> proposed,
            Consumer<ProjectionSettings> store) {
        EarningsModel model = models.accessible(modelId);
        IfMatch.check(expectedVersion, model.version, () -> view(model, null));
        ProjectionSettings found = ProjectionSettings.findById(model.id);
        if (needsRevenue && (found == null || !found.revenueGiven)) {
            throw new ProblemException(
                    ProblemType.REVENUE_BASE_MISSING,
                    "Set the revenue base first (PUT /earnings-models/" + model.id
                            + "/projection/revenue): investments and yearly costs are checked against its horizon");
        }
        var after = changes.apply(
                model,
                PART,
                input -> new EarningsModelInput(
                        input.parties(),
                        input.valueChain(),
                        input.pricing(),
                        input.distribution(),
                        proposed.apply(input.projection())),
                () -> {
                    ProjectionSettings settings = found;
                    if (settings == null) {
                        settings = new ProjectionSettings();
                        settings.earningsModelId = model.id;
                        store.accept(settings);
                        settings.persist();
                    } else {
                        store.accept(settings);
                    }
                });
        return ProjectionView.of(model, after, null);
    }

    private static ProjectionView view(EarningsModel model, Scenario scenario) {
        return ProjectionView.of(model, FiguresCalculator.calculate(ModelInputs.of(model.id)), scenario);
    }
}
