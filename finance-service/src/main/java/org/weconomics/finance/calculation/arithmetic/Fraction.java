package org.weconomics.finance.calculation.arithmetic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number. Distributions divide by sums of weights (a third, a seventh, …) and must
 * still compare remainders exactly, so they compute in fractions and round only once, at the end.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger numerator;
    /** Always positive, and coprime with the numerator. */
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Fraction(numerator, numerator.signum() == 0 ? BigInteger.ONE : denominator);
    }

    public static Fraction of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public Fraction add(Fraction other) {
        return of(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction multiply(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction divide(Fraction other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The largest whole number of {@code 10^-scale} units not above this value. */
    public BigInteger floorUnits(int scale) {
        BigInteger scaled = numerator.multiply(BigInteger.TEN.pow(scale));
        BigInteger[] quotientAndRemainder = scaled.divideAndRemainder(denominator);
        BigInteger quotient = quotientAndRemainder[0];
        // divideAndRemainder truncates toward zero; a negative value with a remainder lies one unit lower
        return quotientAndRemainder[1].signum() < 0 ? quotient.subtract(BigInteger.ONE) : quotient;
    }

    /** What is left of this value above {@link #floorUnits}, in units of {@code 10^-scale}: in [0, 1). */
    public Fraction remainderUnits(int scale) {
        Fraction scaled = multiply(Fraction.of(BigInteger.TEN.pow(scale), BigInteger.ONE));
        return scaled.subtract(Fraction.of(floorUnits(scale), BigInteger.ONE));
    }

    /** Whether this value is a whole number of {@code 10^-scale} units. */
    public boolean isWholeUnits(int scale) {
        return remainderUnits(scale).signum() == 0;
    }

    /** This value as a decimal; only for values that are whole units of {@code 10^-scale}. */
    public BigDecimal toDecimal(int scale) {
        if (!isWholeUnits(scale)) {
            throw new ArithmeticException(this + " is not a whole number of units at scale " + scale);
        }
        return new BigDecimal(floorUnits(scale), scale);
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction that
                && numerator.equals(that.numerator)
                && denominator.equals(that.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
