package org.weconomics.canvas.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The method's advice on the size of the group: at least 10 and at most 20 for enough interaction; larger groups are
 * possible, with less room for each one's questions. A warning to show, never a refusal.
 */
@Schema(name = "GroupSizeAdvice", description = "Present when the group is smaller than 10 or larger than 20.")
public record GroupSizeAdvice(
        @Schema(description = "Participants not marked absent.", example = "8") int participants,
        @Schema(example = "10") int minimum,
        @Schema(example = "20") int maximum,
        @Schema(example = "De methode raadt 10 tot 20 deelnemers aan; er zijn er 8.") String message) {

    static final int MINIMUM = 10;
    static final int MAXIMUM = 20;

    /** The warning for a group of this size, or null when the size is as the method recommends. */
    static GroupSizeAdvice forGroupOf(int participants, WorkshopLanguage language) {
        if (participants >= MINIMUM && participants <= MAXIMUM) {
            return null;
        }
        String message = language == WorkshopLanguage.NL
                ? "De methode raadt " + MINIMUM + " tot " + MAXIMUM
                        + " deelnemers aan voor voldoende interactie; er zijn er " + participants + "."
                : "The method recommends " + MINIMUM + " to " + MAXIMUM
                        + " participants for enough interaction; there are " + participants + ".";
        return new GroupSizeAdvice(participants, MINIMUM, MAXIMUM, message);
    }
}
