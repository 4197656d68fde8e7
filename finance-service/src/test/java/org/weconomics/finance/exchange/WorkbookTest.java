package org.weconomics.finance.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.figures.ModelInputs;

/** The workbook as a user opens it, and read back. */
@QuarkusTest
class WorkbookTest {

    @Test
    void theWorkbookHasLiveFormulasWithTheRightCachedValuesAndImportsBackToTheSameInputs() throws IOException {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.enterCosts();
        p.costs(p.call, "0.125", "3");
        p.put(
                        "/pricing",
                        "{\"fixedPrice\": {\"price\": 250.00, \"subsidyPerUnit\": 5}, \"fixedMargin\": "
                                + "{\"targetMargin\": 20, \"unit\": \"percent\"}, \"marketAlternatives\": {\"alternatives\": ["
                                + "{\"name\": \"Shop A\", \"price\": 240}, {\"name\": \"Shop, B\", \"price\": 260.5}]}, "
                                + "\"chosenMethod\": \"fixed-margin\"}")
                .then()
                .statusCode(200);
        p.put(
                        "/distribution",
                        "{\"key\": \"equal-split\", \"incentives\": [{\"partyId\": \"" + p.werkplaats
                                + "\", \"kind\": \"entrepreneurial-risk\", \"value\": 5, \"unit\": \"percent\"}]}")
                .then()
                .statusCode(200);
        EarningsModelInput before = inputs(p);

        byte[] exported = given().auth()
                .oauth2(p.token)
                .get("/earnings-models/" + p.modelId + "/workbook")
                .then()
                .statusCode(200)
                .contentType(ExchangeResource.XLSX)
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith(
                                "attachment; filename=\"verdienmodel-de-wroeter-houthandel.xlsx\""))
                .extract()
                .asByteArray();
        Files.write(Path.of("target", "earnings-model.xlsx"), exported);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet activities = workbook.getSheet("Activiteiten");
            assertThat(activities.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Kost per unit");
            assertThat(activities.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Cost per unit");
            Cell callCost = activities.getRow(2).getCell(5);
            assertThat(callCost.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(callCost.getCellFormula()).isEqualTo("D3*E3");
            assertThat(callCost.getNumericCellValue()).isEqualTo(0.38); // 0.375 shown in cents, half-even
            Cell total = activities.getRow(6).getCell(5);
            assertThat(total.getCellFormula()).isEqualTo("SUM(F3:F6)");
            assertThat(total.getNumericCellValue()).isEqualTo(145.38);

            Sheet costs = workbook.getSheet("Kostenstructuur");
            assertThat(costs.getRow(2).getCell(3).getCellFormula()).startsWith("SUMIFS(");
            assertThat(costs.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(145.38);
            assertThat(costs.getRow(2).getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("0.00%");

            Sheet pricing = workbook.getSheet("Prijsbepaling & marge");
            Cell fixedMarginMargin = pricing.getRow(6).getCell(3);
            assertThat(fixedMarginMargin.getCellFormula()).isEqualTo("B7-C7");
            assertThat(pricing.getRow(6).getCell(1).getNumericCellValue())
                    .isEqualTo(181.72); // 145.375 / 0.8 = 181.71875
            assertThat(pricing.getRow(6).getCell(4).getCellFormula()).isEqualTo("IF(B7=0,\"\",D7/B7)");
            assertThat(pricing.getRow(6).getCell(1).getCellStyle().getDataFormatString())
                    .contains("€");
            assertThat(pricing.getRow(6).getCell(8).getStringCellValue()).isEqualTo("x");
        }

        // change the stored inputs, then import the exported workbook: the inputs are back as they were
        p.costs(p.call, "99", "9");
        p.put("/distribution", "{\"key\": \"cost-contribution\"}").then().statusCode(200);
        given().auth()
                .oauth2(p.token)
                .header("If-Match", p.etag())
                .contentType(ExchangeResource.XLSX)
                .body(exported)
                .put("/earnings-models/" + p.modelId + "/workbook")
                .then()
                .statusCode(204);
        assertThat(inputs(p))
                .usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(before);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndTheTablesComeAsCsv() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        given().auth()
                .oauth2(p.token)
                .header("If-Match", p.etag())
                .contentType(ExchangeResource.XLSX)
                .body("not a workbook".getBytes())
                .put("/earnings-models/" + p.modelId + "/workbook")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("workbook"));

        p.enterCosts();
        given().auth()
                .oauth2(p.token)
                .get("/earnings-models/" + p.modelId + "/cost-structure.csv")
                .then()
                .statusCode(200)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"de-wroeter-houthandel-cost-structure.csv\"; "
                                + "filename*=UTF-8''De%20Wroeter%20%26%20Houthandel%20-%20cost%20structure.csv")
                .body(containsString(
                        "activity,subAction,partyId,party,costPerUnit,quantityPerCustomer,totalCost,orphaned"))
                .body(containsString(
                        "Intake,Needs analysis," + p.werkplaats + ",Sociale werkplaats,30.00,2,60.00,false"));
        given().auth()
                .oauth2(p.token)
                .get("/earnings-models/" + p.modelId + "/distribution.csv")
                .then()
                .statusCode(200)
                .body(containsString(p.houthandel + ",Houthandel,26.32"));
    }

    private static EarningsModelInput inputs(PartnershipFixture p) {
        return QuarkusTransaction.requiringNew().call(() -> ModelInputs.of(p.modelId));
    }
}
