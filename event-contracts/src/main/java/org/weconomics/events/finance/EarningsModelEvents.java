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

    public static final EventContract<PriceChosen> PRICE_CHOSEN = new EventContract<>(
            "org.weconomics.earnings-model.price-chosen", 1, Topics.EARNINGS_MODEL, PriceChosen.class);

    public static final EventContract<DistributionChanged> DISTRIBUTION_CHANGED = new EventContract<>(
            "org.weconomics.earnings-model.distribution-changed", 1, Topics.EARNINGS_MODEL, DistributionChanged.class);

    public static final List<EventContract<?>> ALL = List.of(CREATED, UPDATED, PRICE_CHOSEN, DISTRIBUTION_CHANGED);

    private EarningsModelEvents() {}
}
