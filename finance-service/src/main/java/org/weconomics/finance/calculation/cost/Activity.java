package org.weconomics.finance.calculation.cost;

import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * An activity of the value chain with its sub-actions.
 *
 * @param id         stable id, unique within the value chain
 * @param name       what the activity is
 * @param carriedBy  id of the party responsible for the activity; carries every sub-action that names
 *                   no party of its own. May be {@code null} when every sub-action names its party.
 * @param orphaned   {@code true} when the activity was removed from the value chain after costs were
 *                   entered for it: its costs stay visible, apart, but no longer count in the cost base
 * @param subActions the steps, in order
 */
public record Activity(String id, String name, String carriedBy, boolean orphaned, List<SubAction> subActions) {

    public Activity {
        subActions = InputLists.copy(subActions);
    }

    public static Activity of(String id, String name, String carriedBy, List<SubAction> subActions) {
        return new Activity(id, name, carriedBy, false, subActions);
    }
}
