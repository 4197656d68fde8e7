package org.weconomics.partnership.tension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A solution the partners agreed for a tension. */
@Schema(name = "SolutionRequest")
public record SolutionRequest(
        @Schema(required = true, example = "Verdeelsleutel jaarlijks herbekijken op basis van de inspanningen")
                @NotBlank
                @Size(max = 2000)
                String description,
        @Schema(required = true, description = "The day it was agreed; not in the future.", example = "2026-03-12")
                @NotNull
                LocalDate agreedOn,
        @Schema(required = true, description = "The current partners (ids) that agreed to it.")
                @NotEmpty
                @Size(max = 50)
                List<@NotNull UUID> agreedBy) {}
