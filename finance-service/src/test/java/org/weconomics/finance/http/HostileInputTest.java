package org.weconomics.finance.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;

/**
 * Names longer than the database keeps and control characters are a 400 naming the field, not a 500 from
 * PostgreSQL; nothing of the refused request is stored.
 */
@QuarkusTest
class HostileInputTest {

    private static final String HUNDRED_THOUSAND = "x".repeat(100_000);

    @Test
    void aMarketAlternativeNamedWithAHundredThousandCharactersIsA400() {
        PartnershipFixture p = PartnershipFixture.announced("gent");

        p.put(
                        "/pricing",
                        "{\"marketAlternatives\": {\"alternatives\": [{\"name\": \"" + HUNDRED_THOUSAND
                                + "\", \"price\": 12.00}]}}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem(endsWith("marketAlternatives.alternatives[0].name")));
        p.put(
                        "/pricing",
                        "{\"marketAlternatives\": {\"alternatives\": [{\"name\": \"Hout\\u0000BV\", \"price\": 12.00}]}}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("marketAlternatives.alternatives[0].name"));

        p.get("/pricing").then().statusCode(200).body("input.marketAlternatives", nullValue());
    }

    @Test
    void aPriceBeyondWhatAnAmountCanBeIsA400AndTheStoredPriceStays() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.put("/pricing", "{\"fixedPrice\": {\"price\": 250.00}, \"chosenMethod\": \"fixed-price\"}")
                .then()
                .statusCode(200);

        for (String hostile : new String[] {"1e200000", "1234567890123456", "0.00000000001", "-1e20"}) {
            p.put("/pricing", "{\"fixedPrice\": {\"price\": " + hostile + "}, \"chosenMethod\": \"fixed-price\"}")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidFields.field", hasItem("fixedPrice.price"))
                    .body("invalidFields.message", hasItem(containsString("digits")));
        }

        p.get("/pricing").then().statusCode(200).body("input.fixedPrice.price", equalTo(250.0f));
    }

    @Test
    void overLongInvestmentAndCostLineItemsAreA400() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.put(
                        "/projection/revenue",
                        "{\"horizonYears\": 2, \"revenue\": {\"price\": 10, \"volumes\": "
                                + "[{\"year\": 1, \"volume\": 100}, {\"year\": 2, \"volume\": 120}]}}")
                .then()
                .statusCode(200);

        p.put(
                        "/projection/investments",
                        "{\"investments\": [{\"partyId\": \"" + p.werkplaats + "\", \"year\": 0, \"item\": \""
                                + HUNDRED_THOUSAND + "\", \"amount\": 100}]}")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem(endsWith("investments[0].item")));
        p.put(
                        "/projection/yearly-costs",
                        "{\"yearlyCosts\": [{\"partyId\": \"" + p.werkplaats + "\", \"item\": \"" + HUNDRED_THOUSAND
                                + "\", \"costPerPiece\": 1, \"quantity\": 1}]}")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem(endsWith("yearlyCosts[0].item")));

        p.get("/projection").then().statusCode(200).body("input.investments", empty());
    }
}
