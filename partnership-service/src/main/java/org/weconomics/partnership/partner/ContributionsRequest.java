package org.weconomics.partnership.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's contribution to the value proposition: the three blocks of its board, each replaced whole. */
@Schema(name = "ContributionsRequest")
public record ContributionsRequest(
        @Schema(
                        description = "Products & services (producten & diensten).",
                        example = "[\"Verse soep uit lokale overschotten\"]",
                        required = true)
                @NotNull
                @Size(max = 50)
                List<@NotBlank @Size(max = 500) String> productsAndServices,
        @Schema(
                        description = "Gain creators (voordeelverschaffers).",
                        example = "[\"Werkervaring voor doelgroepmedewerkers\"]",
                        required = true)
                @NotNull
                @Size(max = 50)
                List<@NotBlank @Size(max = 500) String> gainCreators,
        @Schema(
                        description = "Pain relievers (pijnverzachters).",
                        example = "[\"Minder voedselverspilling\"]",
                        required = true)
                @NotNull
                @Size(max = 50)
                List<@NotBlank @Size(max = 500) String> painRelievers) {}
