package org.weconomics.finance.calculation.distribution;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a partner gets something before the margin is divided by the key. */
public enum IncentiveKind {
    /** A fee for founding the partnership ("vergoeding voor stichtende partijen"). */
    @JsonProperty("founder-fee")
    FOUNDER_FEE,
    /** To keep investing in the future of the partnership. */
    @JsonProperty("invest-in-the-future")
    INVEST_IN_THE_FUTURE,
    /** For opening the partnership to others. */
    @JsonProperty("open-partnership")
    OPEN_PARTNERSHIP,
    /** For carrying entrepreneurial risk ("ondernemersrisico"). */
    @JsonProperty("entrepreneurial-risk")
    ENTREPRENEURIAL_RISK;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
