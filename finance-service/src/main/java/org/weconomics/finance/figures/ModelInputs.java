package org.weconomics.finance.figures;

import java.util.UUID;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.coststructure.CostActivity;
import org.weconomics.finance.distribution.DistributionSettings;
import org.weconomics.finance.party.ModelParty;
import org.weconomics.finance.pricing.PricingSettings;
import org.weconomics.finance.projection.ProjectionSettings;

/** Reads everything an earnings model is calculated from, as stored, into one calculation input. */
public final class ModelInputs {

    private ModelInputs() {}

    public static EarningsModelInput of(UUID earningsModelId) {
        return new EarningsModelInput(
                ModelParty.ofModel(earningsModelId).stream()
                        .map(ModelParty::toInput)
                        .toList(),
                CostActivity.ofModel(earningsModelId).stream()
                        .map(CostActivity::toInput)
                        .toList(),
                PricingSettings.inputOf(earningsModelId),
                DistributionSettings.ruleOf(earningsModelId),
                ProjectionSettings.inputOf(earningsModelId));
    }
}
