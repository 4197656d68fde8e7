package org.weconomics.canvas.canvas;

import java.util.UUID;
import org.weconomics.support.problem.ProblemException;

/** Which canvases a list shows; every criterion is optional, blank ones are absent. */
public record CanvasFilter(
        String localGroup, UUID partnershipId, String templateKey, CanvasStatus status, String text) {

    /** Reads the query parameters of the list route; malformed ones are bad fields. */
    public static CanvasFilter fromParameters(
            String localGroup, String partnershipId, String templateKey, String status, String text) {
        return new CanvasFilter(
                blankToNull(localGroup),
                uuid(partnershipId, "partnershipId"),
                blankToNull(templateKey),
                CanvasStatus.fromParameter(status, "status"),
                blankToNull(text));
    }

    private static UUID uuid(String value, String field) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
