package org.weconomics.finance.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The settings of an earnings model a client may change. */
@Schema(name = "UpdateEarningsModelRequest")
public record UpdateEarningsModelRequest(
        @Schema(description = "ISO 4217 code of every amount in the model.", example = "EUR")
                @NotBlank
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR")
                String currency) {}
