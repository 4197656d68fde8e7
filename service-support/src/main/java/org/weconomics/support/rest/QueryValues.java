package org.weconomics.support.rest;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.support.problem.ProblemException;

/**
 * Reads enum query parameters by their JSON names. JAX-RS would answer 404 to a value it cannot
 * convert; a wrong filter value is the client's bad input, so it gets a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {}

    /** The constant whose JSON name is {@code value}, null for no value, or a 400 naming {@code parameter}. */
    public static <E extends Enum<E>> E parse(
            Class<E> type, String value, String parameter, Function<E, String> jsonName) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> jsonName.apply(constant).equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(
                        parameter,
                        "must be one of "
                                + Arrays.stream(type.getEnumConstants())
                                        .map(jsonName)
                                        .collect(Collectors.joining(", "))));
    }
}
