package org.weconomics.finance.calculation.distribution;

import java.util.ArrayList;
import java.util.List;
import org.weconomics.finance.calculation.arithmetic.Fraction;

/**
 * Splits an amount in proportion to weights while every part stays within its own lower and upper
 * bound, exactly. Parts that would cross a bound are held at it and the rest is split again among
 * the others by the same weights, until no part crosses a bound.
 *
 * <p>Which bounds to fix first matters: fixing capped parts raises everybody else's part, fixing
 * floored parts lowers it. When the parts over their caps exceed them by more than the parts under
 * their floors fall short, the true split lies at higher parts, where the capped ones stay capped;
 * so those are fixed first, and the other way round. Every round fixes at least one part, so it ends.
 */
final class BoundedSplit {

    /** One part of the outcome: its exact value and whether a bound held it. */
    record Part(Fraction value, BoundApplied bound) {}

    private BoundedSplit() {}

    /**
     * @param amount  the amount to split, not negative
     * @param weights not negative
     * @param lows    lower bounds, not negative
     * @param highs   upper bounds, each at least its lower bound; {@code null} for none
     * @throws IllegalStateException when the bounds leave no split; the caller checks that first
     */
    static List<Part> split(Fraction amount, List<Fraction> weights, List<Fraction> lows, List<Fraction> highs) {
        int n = weights.size();
        Fraction[] values = new Fraction[n];
        BoundApplied[] bounds = new BoundApplied[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (weights.get(i).signum() == 0) {
                // without weight a part gets nothing by the key, so only its floor can give it something
                values[i] = lows.get(i);
                bounds[i] = lows.get(i).signum() > 0 ? BoundApplied.FLOOR : BoundApplied.NONE;
                fixed[i] = true;
            }
        }
        while (true) {
            Fraction rest = amount;
            Fraction weightOfFree = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    rest = rest.subtract(values[i]);
                } else {
                    weightOfFree = weightOfFree.add(weights.get(i));
                }
            }
            if (weightOfFree.signum() == 0) {
                if (rest.signum() != 0) {
                    throw new IllegalStateException("the bounds leave " + rest + " that no part can take");
                }
                break;
            }
            Fraction perWeight = rest.divide(weightOfFree);
            Fraction overCaps = Fraction.ZERO;
            Fraction underFloors = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                Fraction tentative = perWeight.multiply(weights.get(i));
                if (highs.get(i) != null && tentative.compareTo(highs.get(i)) > 0) {
                    overCaps = overCaps.add(tentative.subtract(highs.get(i)));
                }
                if (tentative.compareTo(lows.get(i)) < 0) {
                    underFloors = underFloors.add(lows.get(i).subtract(tentative));
                }
            }
            if (overCaps.signum() == 0 && underFloors.signum() == 0) {
                for (int i = 0; i < n; i++) {
                    if (!fixed[i]) {
                        values[i] = perWeight.multiply(weights.get(i));
                        bounds[i] = BoundApplied.NONE;
                    }
                }
                break;
            }
            boolean fixCaps = overCaps.compareTo(underFloors) >= 0;
            boolean fixFloors = underFloors.compareTo(overCaps) >= 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                Fraction tentative = perWeight.multiply(weights.get(i));
                if (fixCaps && highs.get(i) != null && tentative.compareTo(highs.get(i)) > 0) {
                    values[i] = highs.get(i);
                    bounds[i] = BoundApplied.CAP;
                    fixed[i] = true;
                } else if (fixFloors && tentative.compareTo(lows.get(i)) < 0) {
                    values[i] = lows.get(i);
                    bounds[i] = BoundApplied.FLOOR;
                    fixed[i] = true;
                }
            }
        }
        List<Part> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parts.add(new Part(values[i], bounds[i]));
        }
        return List.copyOf(parts);
    }
}
