package org.weconomics.finance.coststructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.events.partnership.ValueChainActivityRemoved;
import org.weconomics.events.partnership.ValueChainReordered;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;

/**
 * Mirrors the partnership's value chain into the cost structure. Names, order and responsible partners
 * come from the partnership; the figures entered here stay with their sub-action across changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ValueChainMirror {

    private final EarningsModels models;
    private final ModelChanges changes;

    public ValueChainMirror(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    /** An activity was added or changed: take it over as it is now. */
    public void activityIs(ValueChainActivity activity) {
        EarningsModel model = models.ofPartnership(activity.partnershipId());
        CostActivity found = CostActivity.findById(activity.activityId());
        CostActivity mirrored = found != null ? found : new CostActivity();
        mirrored.id = activity.activityId();
        mirrored.earningsModelId = model.id;
        mirrored.name = activity.name();
        mirrored.position = activity.position();
        mirrored.orphaned = false;
        List<UUID> responsible =
                activity.responsiblePartnerIds() == null ? List.of() : activity.responsiblePartnerIds();
        mirrored.responsiblePartyId = responsible.isEmpty() ? null : responsible.get(0);
        mirrored.subActions = subActionsOf(activity, mirrored);
        if (found == null) {
            mirrored.persist();
        }
        changes.recordChanged(model);
    }

    /** An activity was removed: it stays, orphaned, so the costs entered for it remain visible. */
    public void activityRemoved(ValueChainActivityRemoved removed) {
        EarningsModel model = models.ofPartnership(removed.partnershipId());
        CostActivity mirrored = CostActivity.findById(removed.activityId());
        if (mirrored != null) {
            mirrored.orphaned = true;
            changes.recordChanged(model);
        }
    }

    public void reordered(ValueChainReordered order) {
        EarningsModel model = models.ofPartnership(order.partnershipId());
        for (int i = 0; i < order.activityIds().size(); i++) {
            CostActivity mirrored = CostActivity.findById(order.activityIds().get(i));
            if (mirrored != null) {
                mirrored.position = i;
            }
        }
        changes.recordChanged(model);
    }

    /** The event's sub-actions in its order, each keeping the figures entered for it before. */
    private static List<CostSubAction> subActionsOf(ValueChainActivity activity, CostActivity mirrored) {
        List<CostSubAction> result = new ArrayList<>();
        if (activity.subActions() == null) {
            return result;
        }
        for (ValueChainActivity.SubAction given : activity.subActions()) {
            CostSubAction subAction = mirrored.subAction(given.subActionId()).orElseGet(CostSubAction::new);
            subAction.subActionId = given.subActionId();
            subAction.name = given.name();
            subAction.responsiblePartyId = given.responsiblePartnerId();
            result.add(subAction);
        }
        return result;
    }
}
