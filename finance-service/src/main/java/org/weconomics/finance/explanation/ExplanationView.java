package org.weconomics.finance.explanation;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.Explanation;

/** Why a figure has the value it has. */
@Schema(name = "Explanation")
public record ExplanationView(
        @Schema(example = "costStructure/parties/1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f/costSharePercent") String figure,
        @Schema(description = "The rule that produced the figure; stable names.", example = "cost-share") String rule,
        @Schema(
                        example =
                                "party total cost ÷ total cost × 100; the shares are rounded by largest remainder so they add "
                                        + "up to 100.00")
                String formula,
        @Schema(description = "The inputs by name, in the order the formula uses them, as plain decimals.")
                Map<String, String> inputs,
        @Schema(example = "58.33") String result,
        @Schema(description = "A remark on this case, e.g. the exact value before rounding.") String note) {

    static ExplanationView of(String figure, Explanation explanation) {
        return new ExplanationView(
                figure,
                explanation.rule().jsonName(),
                explanation.formula(),
                explanation.inputs(),
                explanation.result(),
                explanation.note());
    }
}
