package org.weconomics.finance.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.finance.DistributionChanged;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.PartyKeyShare;
import org.weconomics.finance.calculation.distribution.PartyShare;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.model.EarningsModel;

/** Builds the distribution-changed payload: the rule and every partner's resulting share. */
public final class DistributionChangedEvent {

    private DistributionChangedEvent() {}

    public static DistributionChanged of(EarningsModel model, DistributionRule rule, CalculatedModel figures) {
        DistributionChanged.Rule published = new DistributionChanged.Rule(
                rule.keyOrDefault().jsonName(),
                rule.fixedPercentages().stream()
                        .map(p -> new DistributionChanged.FixedPercentage(UUID.fromString(p.partyId()), p.percentage()))
                        .toList(),
                rule.incentives().stream()
                        .map(i -> new DistributionChanged.Incentive(
                                UUID.fromString(i.partyId()),
                                i.kind().jsonName(),
                                i.value(),
                                i.unit().jsonName()))
                        .toList(),
                rule.bounds().stream()
                        .map(b -> new DistributionChanged.Bound(UUID.fromString(b.partyId()), b.floor(), b.cap()))
                        .toList());
        List<DistributionChanged.Share> shares = new ArrayList<>();
        if (figures.distribution() != null) {
            for (PartyShare share : figures.distribution().shares()) {
                shares.add(new DistributionChanged.Share(
                        UUID.fromString(share.partyId()), share.name(), share.percentOfTotal(), share.amount()));
            }
        } else if (figures.distributionKey() != null) {
            for (PartyKeyShare share : figures.distributionKey().parties()) {
                shares.add(new DistributionChanged.Share(
                        UUID.fromString(share.partyId()), share.name(), share.percent(), null));
            }
        }
        BigDecimal total =
                figures.distribution() == null ? null : figures.distribution().total();
        return new DistributionChanged(
                model.id,
                model.partnershipId,
                model.localGroup,
                published,
                model.currency,
                total,
                shares,
                model.version);
    }
}
