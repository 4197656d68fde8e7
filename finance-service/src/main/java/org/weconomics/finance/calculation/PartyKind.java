package org.weconomics.finance.calculation;

/** The method counts external suppliers as parties of the cost structure too. */
public enum PartyKind {
    /** A partner of the partnership: carries costs and takes a share of the margin. */
    PARTNER,
    /** Is paid for its costs but takes no share of the margin. */
    EXTERNAL_SUPPLIER
}
