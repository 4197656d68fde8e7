package org.weconomics.finance.calculation;

/** Whether a value that may be given either way is an amount of money or a percentage. */
public enum ValueUnit {
    AMOUNT,
    PERCENT
}
