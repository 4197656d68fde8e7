package org.weconomics.finance.coststructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.cost.SubAction;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.problem.ProblemException;

/** Reads the cost structure of a model and takes the figures entered per sub-action. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CostStructureService {

    private final EarningsModels models;
    private final ModelChanges changes;

    public CostStructureService(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostStructureView get(@NotNull UUID modelId) {
        return view(models.accessible(modelId));
    }

    public CostStructureView updateSubAction(
            @NotNull UUID modelId,
            @NotNull UUID subActionId,
            long expectedVersion,
            @NotNull @Valid UpdateSubActionCostRequest request) {
        EarningsModel model = models.accessible(modelId);
        List<CostActivity> activities = CostActivity.ofModel(model.id);
        int activityIndex = -1;
        int subActionIndex = -1;
        for (int i = 0; i < activities.size() && subActionIndex < 0; i++) {
            List<CostSubAction> subActions = activities.get(i).subActions;
            for (int j = 0; j < subActions.size(); j++) {
                if (subActions.get(j).subActionId.equals(subActionId)) {
                    activityIndex = i;
                    subActionIndex = j;
                    break;
                }
            }
        }
        if (subActionIndex < 0) {
            throw ProblemException.notFound("Sub-action", subActionId);
        }
        IfMatch.check(expectedVersion, model.version, () -> view(model));
        CostSubAction subAction = activities.get(activityIndex).subActions.get(subActionIndex);
        int a = activityIndex;
        int s = subActionIndex;
        CalculatedModel after = changes.apply(
                model,
                "valueChain[" + a + "].subActions[" + s + "].",
                input -> withFigures(input, a, s, request, subAction),
                () -> {
                    subAction.costPerUnit = request.costPerUnit();
                    subAction.quantityPerCustomer = request.quantityPerCustomer();
                    subAction.carriedBy = request.carriedBy();
                });
        return CostStructureView.of(model, after);
    }

    private static CostStructureView view(EarningsModel model) {
        return CostStructureView.of(model, FiguresCalculator.calculate(ModelInputs.of(model.id)));
    }

    private static EarningsModelInput withFigures(
            EarningsModelInput input,
            int activityIndex,
            int subActionIndex,
            UpdateSubActionCostRequest request,
            CostSubAction stored) {
        List<Activity> valueChain = new ArrayList<>(input.valueChain());
        Activity activity = valueChain.get(activityIndex);
        List<SubAction> subActions = new ArrayList<>(activity.subActions());
        SubAction old = subActions.get(subActionIndex);
        UUID carrier = request.carriedBy() != null ? request.carriedBy() : stored.responsiblePartyId;
        subActions.set(
                subActionIndex,
                new SubAction(
                        old.id(),
                        old.name(),
                        carrier == null ? null : carrier.toString(),
                        request.costPerUnit(),
                        request.quantityPerCustomer()));
        valueChain.set(
                activityIndex,
                new Activity(activity.id(), activity.name(), activity.carriedBy(), activity.orphaned(), subActions));
        return new EarningsModelInput(
                input.parties(), valueChain, input.pricing(), input.distribution(), input.projection());
    }
}
