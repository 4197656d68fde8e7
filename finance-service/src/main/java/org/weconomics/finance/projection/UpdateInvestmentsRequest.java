package org.weconomics.finance.projection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.projection.Investment;

/** Every investment of every party; replaces the list. */
@Schema(
        name = "UpdateInvestmentsRequest",
        example =
                """
        {"investments": [{"partyId": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "year": 0, "item": "Machines",
                          "amount": 5000.00}]}""")
public record UpdateInvestmentsRequest(
        @Schema(description = "Per party and year: year 0 is before the first year (voor jaar 0).")
                List<Investment> investments) {}
