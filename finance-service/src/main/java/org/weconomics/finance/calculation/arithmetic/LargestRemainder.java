package org.weconomics.finance.calculation.arithmetic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds exact parts of a whole so that the rounded parts add up to exactly the whole (the
 * largest-remainder or Hamilton method): every part is rounded down to a unit of {@code 10^-scale},
 * and the units left over go one each to the parts with the largest remainders. Equal remainders
 * are broken by position, the earlier part first, so the outcome never depends on chance.
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    /**
     * @param exactParts the exact parts, in the order that breaks ties
     * @param scale      the number of decimals of the rounded parts
     * @return the rounded parts in the same order; each differs from its exact part by less than one unit
     * @throws IllegalArgumentException when the parts do not add up to a whole number of units
     */
    public static List<BigDecimal> allocate(List<Fraction> exactParts, int scale) {
        Fraction whole = exactParts.stream().reduce(Fraction.ZERO, Fraction::add);
        if (!whole.isWholeUnits(scale)) {
            throw new IllegalArgumentException(
                    "the parts add up to " + whole + ", not a whole number of units of scale " + scale);
        }
        List<BigInteger> units = new ArrayList<>(exactParts.size());
        BigInteger allocated = BigInteger.ZERO;
        for (Fraction part : exactParts) {
            BigInteger floor = part.floorUnits(scale);
            units.add(floor);
            allocated = allocated.add(floor);
        }
        int leftOver = whole.floorUnits(scale).subtract(allocated).intValueExact();

        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < exactParts.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> exactParts.get(i).remainderUnits(scale))
                .reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < leftOver; k++) {
            int index = byRemainder.get(k);
            units.set(index, units.get(index).add(BigInteger.ONE));
        }

        List<BigDecimal> rounded = new ArrayList<>(units.size());
        for (BigInteger unit : units) {
            rounded.add(new BigDecimal(unit, scale));
        }
        return List.copyOf(rounded);
    }

    /**
     * Splits a whole in proportion to weights and rounds the parts with {@link #allocate}.
     *
     * @param whole   the amount to split, a whole number of units of {@code 10^-scale}
     * @param weights not negative, with a positive sum unless the whole is zero
     */
    public static List<BigDecimal> allocateByWeights(BigDecimal whole, List<BigDecimal> weights, int scale) {
        return allocate(proportionalParts(Fraction.of(whole), weights), scale);
    }

    /** The exact parts of a whole in proportion to weights; all zero when the whole is zero. */
    public static List<Fraction> proportionalParts(Fraction whole, List<BigDecimal> weights) {
        Fraction weightSum = Fraction.ZERO;
        for (BigDecimal weight : weights) {
            weightSum = weightSum.add(Fraction.of(weight));
        }
        List<Fraction> parts = new ArrayList<>(weights.size());
        for (BigDecimal weight : weights) {
            if (whole.signum() == 0) {
                parts.add(Fraction.ZERO);
            } else if (weightSum.signum() == 0) {
                throw new IllegalArgumentException("cannot split " + whole + " by weights that add up to zero");
            } else {
                parts.add(whole.multiply(Fraction.of(weight)).divide(weightSum));
            }
        }
        return List.copyOf(parts);
    }
}
