package org.weconomics.finance.http;

import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;

/** A number sent as text, or a fraction for a whole number, is a 400 naming the field; the model stays as it was. */
@QuarkusTest
class StrictTypesTest {

    @Test
    void anAmountSentAsTextIsRefusedNamingTheField() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));
        String before = p.etag();

        p.put("/cost-structure/sub-actions/" + p.call, "{\"costPerUnit\": \"4.35\", \"quantityPerCustomer\": 1}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", contains("costPerUnit"));
        p.put("/cost-structure/sub-actions/" + p.call, "{\"costPerUnit\": 4.35, \"quantityPerCustomer\": \"1\"}")
                .then()
                .statusCode(400)
                .body("invalidFields.field", contains("quantityPerCustomer"));

        org.assertj.core.api.Assertions.assertThat(p.etag()).isEqualTo(before);
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheField() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));

        p.put("/projection/revenue", "{\"horizonYears\": 1.5}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", contains("horizonYears"));
        p.put("/projection/revenue", "{\"horizonYears\": \"3\"}")
                .then()
                .statusCode(400)
                .body("invalidFields.field", contains("horizonYears"));
    }
}
