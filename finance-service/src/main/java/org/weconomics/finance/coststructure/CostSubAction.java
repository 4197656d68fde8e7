package org.weconomics.finance.coststructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import org.weconomics.finance.calculation.cost.SubAction;

/** A step of an activity: its name and responsible partner come from the partnership, its figures from here. */
@Embeddable
public class CostSubAction {

    @Column(name = "sub_action_id", nullable = false)
    public UUID subActionId;

    @Column(nullable = false)
    public String name;

    /** The partner the partnership made responsible, or null for the activity's. */
    @Column(name = "responsible_party_id")
    public UUID responsiblePartyId;

    /** The party entered here as carrying the cost; overrides the partnership's responsible partner. */
    @Column(name = "carried_by")
    public UUID carriedBy;

    /** Null until entered; counts as zero. */
    @Column(name = "cost_per_unit")
    public BigDecimal costPerUnit;

    /** Null until entered; counts as zero. */
    @Column(name = "quantity_per_customer")
    public BigDecimal quantityPerCustomer;

    /** The party whose cost this is: the one entered here, else the partnership's responsible partner. */
    public UUID effectiveCarrier() {
        return carriedBy != null ? carriedBy : responsiblePartyId;
    }

    SubAction toInput() {
        UUID carrier = effectiveCarrier();
        return new SubAction(
                subActionId.toString(),
                name,
                carrier == null ? null : carrier.toString(),
                costPerUnit == null ? BigDecimal.ZERO : costPerUnit,
                quantityPerCustomer == null ? BigDecimal.ZERO : quantityPerCustomer);
    }
}
