package org.weconomics.finance.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;

/** A time the service answers on a write is the time every later read gives, digit for digit. */
@QuarkusTest
class TimestampPrecisionTest {

    @Test
    void aChangedModelReadsBackWithTheSameTimestamps() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));

        JsonPath changed = p.put("", "{\"currency\": \"EUR\"}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath read = p.get("").then().statusCode(200).extract().jsonPath();

        assertThat(read.getString("updatedAt")).isEqualTo(changed.getString("updatedAt"));
        assertThat(read.getString("createdAt")).isEqualTo(changed.getString("createdAt"));
        assertThat(changed.getString("updatedAt")).matches("[^.]+(\\.\\d{1,6})?Z");
    }
}
