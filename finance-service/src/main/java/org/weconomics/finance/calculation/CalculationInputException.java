package org.weconomics.finance.calculation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the input of a calculation is not valid. Every wrong value is named by its field path,
 * relative to {@link EarningsModelInput} (e.g. {@code distribution.fixedPercentages[2].percentage}),
 * so the service can answer with a validation problem that points at the request field.
 */
public final class CalculationInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One wrong value: its field path and what is wrong with it. */
    public record InvalidField(String field, String message) {}

    private final transient List<InvalidField> invalidFields;

    public CalculationInputException(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    public CalculationInputException(List<InvalidField> invalidFields) {
        super(describe(invalidFields));
        if (invalidFields.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one invalid field");
        }
        this.invalidFields = List.copyOf(invalidFields);
    }

    /** The path of the first wrong field. */
    public String field() {
        return invalidFields.get(0).field();
    }

    /** What is wrong with the first wrong field. */
    public String reason() {
        return invalidFields.get(0).message();
    }

    /** All wrong fields, in the order they were found. */
    public List<InvalidField> invalidFields() {
        return invalidFields;
    }

    private static String describe(List<InvalidField> fields) {
        return fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }
}
