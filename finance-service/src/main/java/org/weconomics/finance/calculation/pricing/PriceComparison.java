package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The pricing methods side by side.
 *
 * @param unitCost     the unit cost all proposals start from, in cents
 * @param proposals    one per filled-in method, in the order of {@link PricingMethod}
 * @param chosenMethod the method the partnership goes with, or {@code null}
 */
public record PriceComparison(BigDecimal unitCost, List<PriceProposal> proposals, PricingMethod chosenMethod) {

    public PriceComparison {
        proposals = List.copyOf(proposals);
    }

    public Optional<PriceProposal> proposal(PricingMethod method) {
        return proposals.stream().filter(p -> p.method() == method).findFirst();
    }

    /** The proposal of the chosen method, if one was chosen. */
    public Optional<PriceProposal> chosen() {
        return chosenMethod == null ? Optional.empty() : proposal(chosenMethod);
    }
}
