package org.weconomics.canvas.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text users read, always in Dutch and English. */
@Schema(name = "LocalizedText", description = "A text in Dutch and English; both are required.")
public record LocalizedText(
        @Schema(example = "Waardepropositie") @NotBlank @Size(max = 4000) String nl,
        @Schema(example = "Value proposition") @NotBlank @Size(max = 4000) String en) {

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
