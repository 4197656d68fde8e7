package org.weconomics.support.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.weconomics.support.rest.ProblemMappers;

class StrictRequestTypesTest {

    record Figures(BigDecimal amount, Integer years, int count, Boolean founding, String name) {}

    private final ObjectMapper rest = new BoundedRequestDecimals(new ObjectMapper()).getContext(Figures.class);

    @Test
    void numbersAndBooleansOfTheirJsonTypeAreRead() throws Exception {
        Figures figures = rest.readValue(
                "{\"amount\": 4.35, \"years\": 3, \"count\": 2, \"founding\": true, \"name\": \"Wroeter\"}",
                Figures.class);

        assertThat(figures.amount()).isEqualByComparingTo("4.35");
        assertThat(figures.years()).isEqualTo(3);
        assertThat(figures.founding()).isTrue();
    }

    @Test
    void aNumberOrBooleanSentAsSomethingElseIsRefusedNamingTheField() {
        assertRefused("{\"amount\": \"4.35\"}", "amount");
        assertRefused("{\"years\": \"3\"}", "years");
        assertRefused("{\"years\": 1.5}", "years");
        assertRefused("{\"count\": \"2\"}", "count");
        assertRefused("{\"count\": 2.5}", "count");
        assertRefused("{\"founding\": \"true\"}", "founding");
        assertRefused("{\"founding\": 1}", "founding");
    }

    private void assertRefused(String json, String field) {
        assertThatThrownBy(() -> rest.readValue(json, Figures.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(refused -> assertThat(ProblemMappers.jsonPath((JsonMappingException) refused))
                        .isEqualTo(field));
    }
}
