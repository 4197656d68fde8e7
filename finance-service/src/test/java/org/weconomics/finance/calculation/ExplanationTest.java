package org.weconomics.finance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void keepsInputsInTheOrderTheFormulaUsesThem() {
        Explanation explanation = Explanation.of(Rule.MARGIN)
                .input("price", d("250.00"))
                .input("unitCost", d("204"))
                .result(d("46.00"));

        assertThat(explanation.rule()).isEqualTo(Rule.MARGIN);
        assertThat(explanation.formula()).isEqualTo("price − unit cost");
        assertThat(explanation.inputs()).containsExactly(Map.entry("price", "250.00"), Map.entry("unitCost", "204"));
        assertThat(explanation.result()).isEqualTo("46.00");
        assertThat(explanation.note()).isNull();
    }

    @Test
    void showsDecimalsInPlainNotationAndMissingValuesAsNotApplicable() {
        Explanation explanation = Explanation.of(Rule.COST_SHARE)
                .input("tiny", d("1E-7"))
                .input("none", null)
                .result(null);

        assertThat(explanation.inputs()).containsEntry("tiny", "0.0000001").containsEntry("none", "n/a");
        assertThat(explanation.result()).isEqualTo("n/a");
    }

    @Test
    void anExplainedResultNamesTheFiguresItCanExplain() {
        Explained explained = () -> Map.of("margin", Explanation.of(Rule.MARGIN).result(d("1")));

        assertThat(explained.explain("margin").rule()).isEqualTo(Rule.MARGIN);
        assertThatThrownBy(() -> explained.explain("price"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("margin");
    }
}
