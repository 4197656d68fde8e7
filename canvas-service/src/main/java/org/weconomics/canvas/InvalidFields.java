package org.weconomics.canvas;

import java.util.List;
import java.util.stream.Collectors;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/** Reports every wrong field of a request at once, after rules that Bean Validation cannot express. */
public final class InvalidFields {

    private InvalidFields() {}

    /** @throws ProblemException 400 naming each field, when there are any */
    public static void refuse(List<InvalidField> fields) {
        if (!fields.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    fields.stream()
                            .map(field -> field.field() + " " + field.message())
                            .collect(Collectors.joining("; ")),
                    fields,
                    null);
        }
    }
}
