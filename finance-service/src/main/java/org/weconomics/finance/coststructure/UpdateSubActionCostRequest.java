package org.weconomics.finance.coststructure;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one sub-action. */
@Schema(name = "UpdateSubActionCostRequest")
public record UpdateSubActionCostRequest(
        @Schema(description = "Cost of one unit of the step (kost per unit), exact.", example = "12.50")
                @NotNull
                @DecimalMin(value = "0", message = "must not be negative")
                BigDecimal costPerUnit,
        @Schema(description = "Units needed to serve one customer (# vereist per klant).", example = "4")
                @NotNull
                @DecimalMin(value = "0", message = "must not be negative")
                BigDecimal quantityPerCustomer,
        @Schema(
                        description = "The party that carries the cost (a partner or external supplier of this model); "
                                + "omit to leave it to the partner the partnership made responsible.")
                UUID carriedBy) {}
