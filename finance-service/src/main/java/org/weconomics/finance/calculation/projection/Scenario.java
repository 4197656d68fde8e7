package org.weconomics.finance.calculation.projection;

/** The revenue scenarios of the method ("best – middle – worst case"). */
public enum Scenario {
    BEST,
    MIDDLE,
    WORST
}
