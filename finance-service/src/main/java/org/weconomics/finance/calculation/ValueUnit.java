package org.weconomics.finance.calculation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a value that may be given either way is an amount of money or a percentage. */
public enum ValueUnit {
    @JsonProperty("amount")
    AMOUNT,
    @JsonProperty("percent")
    PERCENT;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
