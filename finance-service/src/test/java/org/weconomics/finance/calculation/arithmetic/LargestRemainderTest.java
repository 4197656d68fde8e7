package org.weconomics.finance.calculation.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void splitsAnOddCentEvenlyAndGivesTheLastCentToTheFirstListedOnATie() {
        // 100.01 / 2 = 50.005 each: both remainders are equal, so the partner listed first gets the cent
        assertThat(LargestRemainder.allocateByWeights(d("100.01"), List.of(BigDecimal.ONE, BigDecimal.ONE), 2))
                .containsExactly(d("50.01"), d("50.00"));
    }

    @Test
    void givesLeftOverCentsToTheLargestRemainders() {
        // 100 × 119/204 = 58.333…, 100 × 50/204 = 24.509…, 100 × 35/204 = 17.156…
        // rounded down: 58.33 + 24.50 + 17.15 = 99.98; the two cents go to .98 and .68 of a cent
        assertThat(LargestRemainder.allocateByWeights(d("100.00"), List.of(d("119"), d("50"), d("35")), 2))
                .containsExactly(d("58.33"), d("24.51"), d("17.16"));
    }

    @Test
    void splitsALossTheSameWay() {
        // −10.00 / 3 = −3.333…: rounded down to −3.34 each (−10.02), two cents back to the first two
        assertThat(LargestRemainder.allocateByWeights(d("-10.00"), List.of(d("1"), d("1"), d("1")), 2))
                .containsExactly(d("-3.33"), d("-3.33"), d("-3.34"));
    }

    @Test
    void givesNothingToAZeroWeight() {
        assertThat(LargestRemainder.allocateByWeights(d("0.05"), List.of(d("0"), d("1"), d("1")), 2))
                .containsExactly(d("0.00"), d("0.03"), d("0.02"));
    }

    @Test
    void refusesPartsThatDoNotMakeAWholeNumberOfUnits() {
        assertThatThrownBy(
                        () -> LargestRemainder.allocate(List.of(Fraction.of(BigInteger.ONE, BigInteger.valueOf(3))), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fractionsRoundDownTowardsNegativeInfinity() {
        Fraction minusOneThird = Fraction.of(BigInteger.valueOf(-1), BigInteger.valueOf(3));

        assertThat(minusOneThird.floorUnits(2)).isEqualTo(BigInteger.valueOf(-34));
        assertThat(minusOneThird.remainderUnits(2)).isEqualTo(Fraction.of(BigInteger.TWO, BigInteger.valueOf(3)));
        assertThat(Fraction.of(d("1.50")).toDecimal(2)).isEqualTo(d("1.50"));
    }
}
