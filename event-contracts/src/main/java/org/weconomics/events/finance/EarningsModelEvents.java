package org.weconomics.events.finance;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/** Contracts of the earnings model aggregate, published by finance-service on {@link Topics#EARNINGS_MODEL}. */
public final class EarningsModelEvents {

    public static final EventContract<EarningsModelCreated> CREATED = new EventContract<>(
            "org.weconomics.earnings-model.created", 1, Topics.EARNINGS_MODEL, EarningsModelCreated.class);

    public static final EventContract<EarningsModelUpdated> UPDATED = new EventContract<>(
            "org.weconomics.earnings-model.updated", 1, Topics.EARNINGS_MODEL, EarningsModelUpdated.class);

    /**
     * Version 1 spelled the method in UPPER_CASE ({@code FIXED_MARGIN}); still read from topics that hold events
     * published before version 2, never published any more.
     */
    public static final EventContract<PriceChosen> PRICE_CHOSEN_V1 = new EventContract<>(
            "org.weconomics.earnings-model.price-chosen", 1, Topics.EARNINGS_MODEL, PriceChosen.class);

    /** Version 2 spells the method as the API does, in kebab-case ({@code fixed-margin}). */
    public static final EventContract<PriceChosen> PRICE_CHOSEN = new EventContract<>(
            "org.weconomics.earnings-model.price-chosen", 2, Topics.EARNINGS_MODEL, PriceChosen.class);

    /**
     * Version 1 spelled the key, incentive kinds and units in UPPER_CASE ({@code COST_CONTRIBUTION}); still read
     * from topics that hold events published before version 2, never published any more.
     */
    public static final EventContract<DistributionChanged> DISTRIBUTION_CHANGED_V1 = new EventContract<>(
            "org.weconomics.earnings-model.distribution-changed", 1, Topics.EARNINGS_MODEL, DistributionChanged.class);

    /** Version 2 spells them as the API does, in kebab-case ({@code cost-contribution}, {@code founder-fee}). */
    public static final EventContract<DistributionChanged> DISTRIBUTION_CHANGED = new EventContract<>(
            "org.weconomics.earnings-model.distribution-changed", 2, Topics.EARNINGS_MODEL, DistributionChanged.class);

    public static final List<EventContract<?>> ALL =
            List.of(CREATED, UPDATED, PRICE_CHOSEN_V1, PRICE_CHOSEN, DISTRIBUTION_CHANGED_V1, DISTRIBUTION_CHANGED);

    private EarningsModelEvents() {}
}
