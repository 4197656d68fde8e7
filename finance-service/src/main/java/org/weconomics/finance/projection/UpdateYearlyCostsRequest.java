package org.weconomics.finance.projection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.projection.YearlyCostLine;

/** Every yearly cost line of every party; replaces the list. */
@Schema(
        name = "UpdateYearlyCostsRequest",
        example =
                """
        {"yearlyCosts": [{"partyId": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "item": "Insurance",
                          "costPerPiece": 400.00, "quantity": 1}]}""")
public record UpdateYearlyCostsRequest(
        @Schema(
                        description =
                                "Per party: item, cost per piece and quantity per year; project cost = cost per piece × "
                                        + "quantity, booked every year of the horizon.")
                List<YearlyCostLine> yearlyCosts) {}
