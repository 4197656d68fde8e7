package org.weconomics.events.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The margin distribution rule of an earnings model changed; carries the rule and every partner's
 * resulting share, which the partnership service shows in element 3 of the collaboration agreement
 * (distribution of costs and revenues).
 *
 * @param earningsModelId the model
 * @param partnershipId the partnership it belongs to
 * @param localGroup key of the partnership's local group
 * @param rule the distribution rule as it is now
 * @param currency ISO 4217 code of the amounts
 * @param distributedMargin the yearly margin that {@code shares} divide: margin per unit of the chosen price ×
 *     the base volume of year 1; null while there is no chosen price or no volume
 * @param shares one per partner, in the model's party order
 * @param version the model's version after the change
 */
public record DistributionChanged(
        UUID earningsModelId,
        UUID partnershipId,
        String localGroup,
        Rule rule,
        String currency,
        BigDecimal distributedMargin,
        List<Share> shares,
        long version)
        implements EventPayload {

    /**
     * The distribution rule the partners chose.
     *
     * @param key {@code cost-contribution}, {@code equal-split} or {@code fixed-percentages} (version 1:
     *     {@code COST_CONTRIBUTION} …)
     * @param fixedPercentages the agreed percentages (only with {@code fixed-percentages}, else empty)
     * @param incentives what partners get off the top before the key divides the rest
     * @param bounds floors and caps per partner
     */
    public record Rule(
            String key, List<FixedPercentage> fixedPercentages, List<Incentive> incentives, List<Bound> bounds) {}

    /**
     * One partner's agreed percentage under the {@code fixed-percentages} key.
     *
     * @param partyId the partner (its partner id in the partnership service)
     * @param percentage its agreed share of the distributed margin, in percent
     */
    public record FixedPercentage(UUID partyId, BigDecimal percentage) {}

    /**
     * What one partner gets off the top of the margin before the key divides the rest.
     *
     * @param partyId the partner (its partner id in the partnership service)
     * @param kind {@code founder-fee}, {@code invest-in-the-future}, {@code open-partnership} or
     *     {@code entrepreneurial-risk} (version 1: {@code FOUNDER_FEE} …)
     * @param value the amount in euros per year, or the percentage, as {@code unit} says
     * @param unit {@code amount} (per year) or {@code percent} (of the distributed margin); version 1: {@code AMOUNT}
     *     or {@code PERCENT}
     */
    public record Incentive(UUID partyId, String kind, BigDecimal value, String unit) {}

    /**
     * The least and the most one partner gets of the distributed margin.
     *
     * @param partyId the partner (its partner id in the partnership service)
     * @param floor the least the partner gets per year, or null
     * @param cap the most the partner gets per year, or null
     */
    public record Bound(UUID partyId, BigDecimal floor, BigDecimal cap) {}

    /**
     * One partner's resulting share.
     *
     * @param partyId the partner (its partner id in the partnership service)
     * @param name the partner's name
     * @param percent its share in percent: of the distributed margin when there is one, otherwise under the
     *     key alone; the partners' percentages add up to exactly 100.00
     * @param amount its part of the distributed margin in cents, or null while there is none
     */
    public record Share(UUID partyId, String name, BigDecimal percent, BigDecimal amount) {}

    @Override
    public String aggregateId() {
        return earningsModelId.toString();
    }
}
