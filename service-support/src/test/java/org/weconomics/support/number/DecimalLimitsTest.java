package org.weconomics.support.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalLimitsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "250.00", "-120.5", "999999999999999", "0.0000000001", "1.50000000000000000000", "1E+14"})
    void amountsOfEveryDaySizeAndTrailingZerosPass(String value) {
        assertThat(DecimalLimits.violationIn(new BigDecimal(value))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e200000", "-1e200000", "1000000000000000", "1E+15"})
    void moreThanFifteenDigitsBeforeThePointAreRefused(String value) {
        assertThat(DecimalLimits.violationIn(new BigDecimal(value)))
                .hasValue("must have at most 15 digits before the decimal point");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00000000001", "1e-200000", "3.14159265358979"})
    void moreThanTenDigitsAfterThePointAreRefused(String value) {
        assertThat(DecimalLimits.violationIn(new BigDecimal(value)))
                .hasValue("must have at most 10 digits after the decimal point");
    }
}
