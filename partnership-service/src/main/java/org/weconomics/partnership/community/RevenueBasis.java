package org.weconomics.partnership.community;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a community's payer pays for: a fixed amount per user, period or transaction, or a share of the price. */
public enum RevenueBasis {
    @JsonProperty("per-user")
    PER_USER,
    @JsonProperty("per-period")
    PER_PERIOD,
    @JsonProperty("per-transaction")
    PER_TRANSACTION,
    @JsonProperty("price-dependent")
    PRICE_DEPENDENT;

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
