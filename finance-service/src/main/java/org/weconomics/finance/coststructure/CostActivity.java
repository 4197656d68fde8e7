package org.weconomics.finance.coststructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.weconomics.finance.calculation.cost.Activity;

/**
 * An activity of the partnership's value chain as this service mirrors it, with the figures entered
 * here on its sub-actions. An activity the partnership removes is kept as orphaned, so costs that were
 * entered for it do not disappear silently.
 */
@Entity
@Table(name = "cost_activity")
public class CostActivity extends PanacheEntityBase {

    /** The partnership service's activity id. */
    @Id
    public UUID id;

    @Column(name = "earnings_model_id", nullable = false)
    public UUID earningsModelId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    /** The first partner responsible for the activity; carries the sub-actions that name no party. */
    @Column(name = "responsible_party_id")
    public UUID responsiblePartyId;

    @Column(nullable = false)
    public boolean orphaned;

    @ElementCollection
    @CollectionTable(name = "cost_sub_action", joinColumns = @JoinColumn(name = "cost_activity_id"))
    @OrderColumn(name = "position")
    public List<CostSubAction> subActions = new ArrayList<>();

    /** The value chain in order, orphaned activities last. */
    public static List<CostActivity> ofModel(UUID earningsModelId) {
        return list("earningsModelId = ?1 order by orphaned, position", earningsModelId);
    }

    public Optional<CostSubAction> subAction(UUID subActionId) {
        return subActions.stream()
                .filter(s -> s.subActionId.equals(subActionId))
                .findFirst();
    }

    public Activity toInput() {
        return new Activity(
                id.toString(),
                name,
                responsiblePartyId == null ? null : responsiblePartyId.toString(),
                orphaned,
                subActions.stream().map(CostSubAction::toInput).toList());
    }
}
