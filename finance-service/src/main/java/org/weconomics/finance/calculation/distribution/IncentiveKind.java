package org.weconomics.finance.calculation.distribution;

/** Why a partner gets something before the margin is divided by the key. */
public enum IncentiveKind {
    /** A fee for founding the partnership ("vergoeding voor stichtende partijen"). */
    FOUNDER_FEE,
    /** To keep investing in the future of the partnership. */
    INVEST_IN_THE_FUTURE,
    /** For opening the partnership to others. */
    OPEN_PARTNERSHIP,
    /** For carrying entrepreneurial risk ("ondernemersrisico"). */
    ENTREPRENEURIAL_RISK
}
