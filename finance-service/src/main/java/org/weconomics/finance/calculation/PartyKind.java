package org.weconomics.finance.calculation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The method counts external suppliers as parties of the cost structure too. */
public enum PartyKind {
    /** A partner of the partnership: carries costs and takes a share of the margin. */
    @JsonProperty("partner")
    PARTNER,
    /** Is paid for its costs but takes no share of the margin. */
    @JsonProperty("external-supplier")
    EXTERNAL_SUPPLIER;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
