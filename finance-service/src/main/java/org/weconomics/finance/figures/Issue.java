package org.weconomics.finance.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.CalculationInputException.InvalidField;

/** An input that keeps a figure from being calculated, named by its path in the model's inputs. */
@Schema(name = "Issue")
public record Issue(
        @Schema(example = "valueChain[1].subActions[0].carriedBy") String field,
        @Schema(example = "is required when the activity names no party") String message) {

    public static java.util.List<Issue> of(CalculatedModel figures) {
        return figures.issues().stream().map(Issue::of).toList();
    }

    static Issue of(InvalidField field) {
        return new Issue(field.field(), field.message());
    }
}
