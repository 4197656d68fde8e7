package org.weconomics.finance.calculation.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class LargestRemainderProperties {

    @Property
    void partsAddUpToTheWholeToTheCent(
            @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(2) BigDecimal whole,
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "0", max = "10000") @Scale(3) BigDecimal> weights) {
        List<BigDecimal> withWeight =
                weights.stream().anyMatch(w -> w.signum() > 0) ? weights : List.of(BigDecimal.ONE);

        List<BigDecimal> parts = LargestRemainder.allocateByWeights(whole, withWeight, 2);

        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(whole);
    }

    @Property
    void everyPartIsWithinOneCentOfItsExactShare(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal whole,
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "1", max = "10000") @Scale(2) BigDecimal> weights) {
        List<Fraction> exact = LargestRemainder.proportionalParts(Fraction.of(whole), weights);

        List<BigDecimal> parts = LargestRemainder.allocate(exact, 2);

        for (int i = 0; i < parts.size(); i++) {
            Fraction difference = Fraction.of(parts.get(i)).subtract(exact.get(i));
            assertThat(difference.compareTo(Fraction.of(new BigDecimal("-0.01"))))
                    .isGreaterThan(0);
            assertThat(difference.compareTo(Fraction.of(new BigDecimal("0.01"))))
                    .isLessThan(0);
        }
    }
}
