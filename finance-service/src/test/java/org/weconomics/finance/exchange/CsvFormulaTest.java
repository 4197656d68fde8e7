package org.weconomics.finance.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.finance.PartnershipFixture;

/** Names a spreadsheet would run as formulas come out of the CSV tables as text. */
@QuarkusTest
class CsvFormulaTest {

    @Test
    void anActivityAndASubActionNamedAsFormulasAreNeutralisedInTheCostStructureCsv() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.publish(
                PartnershipEvents.ACTIVITY_CHANGED,
                new ValueChainActivity(
                        p.partnershipId,
                        p.localGroup,
                        p.intake,
                        "=HYPERLINK(\"http://x\",\"y\")",
                        1,
                        List.of(p.werkplaats),
                        List.of(),
                        List.of(
                                new ValueChainActivity.SubAction(p.call, "@SUM(1)", null),
                                new ValueChainActivity.SubAction(p.analysis, "-1+1", null))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> p.get("/cost-structure").asString().contains("@SUM(1)"));
        p.enterCosts();

        String csv = given().auth()
                .oauth2(p.token)
                .get("/earnings-models/" + p.modelId + "/cost-structure.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // Only the first cells are asserted: the columns after them are another change's.
        assertThat(csv.lines())
                .anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(1),"))
                .anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-1+1,"));
        assertThat(csv.lines().skip(1)).noneMatch(line -> line.startsWith("=") || line.contains(",@"));
    }
}
