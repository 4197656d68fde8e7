package org.weconomics.finance.calculation.distribution;

/** Whether a partner's share was held at its floor or cap instead of following the key. */
public enum BoundApplied {
    NONE,
    FLOOR,
    CAP
}
