package org.weconomics.partnership.community;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who pays the network leader, for what, and how much; in requests and responses alike. */
@Schema(name = "RevenueModel", description = "The community's revenue model (verdienmodel).")
public record RevenueModel(
        @Schema(description = "Who pays.", example = "both", required = true) @NotNull RevenuePayer payer,
        @Schema(description = "What is paid for.", example = "per-transaction", required = true) @NotNull
                RevenueBasis basis,
        @Schema(
                        description =
                                "Per user, period or transaction: the fixed amount in the currency. Price-dependent: the "
                                        + "percentage of the product price.",
                        example = "0.25",
                        required = true)
                @NotNull
                @DecimalMin("0")
                @Digits(integer = 15, fraction = 4)
                BigDecimal amount,
        @Schema(description = "ISO 4217 currency of fixed amounts; EUR when left out.", example = "EUR")
                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                String currency) {

    static final String DEFAULT_CURRENCY = "EUR";

    RevenueModel withDefaults() {
        return currency == null ? new RevenueModel(payer, basis, amount, DEFAULT_CURRENCY) : this;
    }
}
