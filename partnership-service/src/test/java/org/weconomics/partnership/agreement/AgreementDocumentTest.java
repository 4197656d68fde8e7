package org.weconomics.partnership.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;
import org.weconomics.events.finance.DistributionChanged;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicWriter;

/**
 * The agreement of a real case (De Wroeter & 37graden, from the ESF report) assembled from partners, value chain,
 * tensions and the earnings model's distribution, downloaded as Word and Markdown. The files are kept in target/
 * for reading.
 */
@QuarkusTest
class AgreementDocumentTest {

    private static final Path CASE = Path.of("../demo-data/esf-cases/de-wroeter-37graden.json");
    private static final List<String> ELEMENT_HEADINGS_NL = List.of(
            "1. Samenwerkingsverband",
            "2. Activiteiten",
            "3. Verdeling van kosten & opbrengsten",
            "4. Besluitvorming",
            "5. Risico's & aansprakelijkheid",
            "6. Duur & beëindiging van de samenwerking",
            "7. Juridische vorm");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theAgreementOfDeWroeterAnd37gradenDownloadsAsAWordDraftWithEveryElement() throws Exception {
        JsonNode demo = json.readTree(CASE.toFile());
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna", group);
        String partnership = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "localGroup",
                        group,
                        "name",
                        demo.get("name").asText(),
                        "description",
                        demo.get("summary").get("nl").asText()))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        demo.get("name").asText(),
                        "description",
                        demo.get("summary").get("nl").asText(),
                        "businessModel",
                        demo.get("typology").get("businessModel").asText(),
                        "activities",
                        demo.get("typology").get("activities").asText()))
                .when()
                .put("/partnerships/{p}", partnership)
                .then()
                .statusCode(200);

        Map<String, String> partnerIds = new HashMap<>();
        for (JsonNode partner : demo.get("partners")) {
            String organisation = given().auth()
                    .oauth2(TestData.ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            partner.get("name").asText(),
                            "sector",
                            partner.get("sector").asText(),
                            "registrationNumber",
                            TestData.unique("BE")))
                    .when()
                    .post("/organisations")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            partnerIds.put(
                    partner.get("name").asText(),
                    given().auth()
                            .oauth2(anna)
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "organisationId",
                                    organisation,
                                    "role",
                                    partner.get("role").get("nl").asText(),
                                    "founding",
                                    partner.get("founding").asBoolean()))
                            .when()
                            .post("/partnerships/{p}/partners", partnership)
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        // The report draws this case's value chain only as a diagram; each partner's products and services stand in.
        for (JsonNode contribution : demo.get("contributions")) {
            for (JsonNode product : contribution.get("productsAndServices")) {
                given().auth()
                        .oauth2(anna)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                product.get("nl").asText(),
                                "responsiblePartnerIds",
                                List.of(partnerIds.get(
                                        contribution.get("partner").asText())),
                                "responsibilities",
                                List.of(contribution
                                        .get("painRelievers")
                                        .get(0)
                                        .get("nl")
                                        .asText())))
                        .when()
                        .post("/partnerships/{p}/value-chain/activities", partnership)
                        .then()
                        .statusCode(201);
            }
        }
        Map<String, Integer> elementOf = Map.of(
                "value-distribution-key",
                3,
                "reinvestment-of-value",
                3,
                "legal-scalability",
                7,
                "operational-constraints",
                5,
                "administrative-procedures",
                2,
                "scalability-of-earnings-model",
                1,
                "innovation-sensitive-business-model",
                5);
        for (JsonNode tension : demo.get("tensions")) {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "title",
                    tension.get("title").get("nl").asText(),
                    "description",
                    tension.get("description").get("nl").asText(),
                    "valueDomain",
                    tension.get("valueDomain").asText(),
                    "severity",
                    "medium",
                    "nextReviewDate",
                    LocalDate.now().plusMonths(3).toString()));
            body.put("bmcBlock", tension.get("bmcBlock").asText());
            if (!tension.get("priorityCategory").isNull()) {
                body.put("category", tension.get("priorityCategory").asText());
            }
            if (elementOf.containsKey(tension.get("key").asText())) {
                body.put("agreementElement", elementOf.get(tension.get("key").asText()));
            }
            String id = given().auth()
                    .oauth2(anna)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/partnerships/{p}/tensions", partnership)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            if (tension.get("key").asText().equals("innovation-sensitive-business-model")) {
                given().auth()
                        .oauth2(anna)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("status", "in-dialogue"))
                        .when()
                        .put("/partnerships/{p}/tensions/{t}/status", partnership, id)
                        .then()
                        .statusCode(200);
                given().auth()
                        .oauth2(anna)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body(Map.of(
                                "description",
                                "Elk jaar samen twee nieuwe concepten uitwerken",
                                "agreedOn",
                                LocalDate.now().toString(),
                                "agreedBy",
                                new ArrayList<>(partnerIds.values())))
                        .when()
                        .post("/partnerships/{p}/tensions/{t}/solutions", partnership, id)
                        .then()
                        .statusCode(200);
                given().auth()
                        .oauth2(anna)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"2\"")
                        .body(Map.of("status", "accepted"))
                        .when()
                        .put("/partnerships/{p}/tensions/{t}/status", partnership, id)
                        .then()
                        .statusCode(200);
            }
        }
        publishEqualSplit(partnership, group, partnerIds, EarningsModelEvents.DISTRIBUTION_CHANGED, "equal-split");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "text",
                        "Beslissingen worden genomen in een maandelijks overleg met een vertegenwoordiger "
                                + "van elke partner.\nBij onenigheid beslist de stuurgroep bij consensus.",
                        "status",
                        "open-points"))
                .when()
                .put("/partnerships/{p}/agreement/elements/4", partnership)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("statusLabel", equalTo("Open punten die verdere verfijning vereisen"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/partnerships/{p}/agreement", partnership)
                .then()
                .statusCode(200)
                .body("elements", hasSize(7))
                .body("elements[2].tables[0].rows", hasSize(2))
                .body("elements[2].facts", hasItem("Verdeelsleutel: gelijke verdeling")));

        byte[] docx = given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/partnerships/{p}/agreement/document.docx", partnership)
                .then()
                .statusCode(200)
                .contentType(AgreementDocx.MEDIA_TYPE)
                .header("Content-Language", "nl")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"samenwerkingsovereenkomst-de-wroeter-37graden-" + LocalDate.now()
                                + ".docx\"; filename*=UTF-8''Samenwerkingsovereenkomst%20De%20Wroeter%20%26%2037graden%20"
                                + LocalDate.now() + ".docx")
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/agreement-de-wroeter-37graden.docx"), docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(paragraph -> AgreementDocx.HEADING.equals(paragraph.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).containsExactlyElementsOf(ELEMENT_HEADINGS_NL);
            assertThat(document.getTables()).hasSize(4);
            assertThat(document.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("De Wroeter");
            String text = String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
            assertThat(text)
                    .contains(
                            "Samenwerkingsovereenkomst \u2013 De Wroeter & 37graden",
                            "Datum: " + LocalDate.now(),
                            "Versie: 0.1",
                            "maandelijks overleg",
                            "Juridische schaalbaarheid");
        }

        String markdown = given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .when()
                .get("/partnerships/{p}/agreement/document.md", partnership)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith(
                                "attachment; filename=\"collaboration-agreement-de-wroeter-37graden-"))
                .extract()
                .asString();
        Files.writeString(Path.of("target/agreement-de-wroeter-37graden.md"), markdown, StandardCharsets.UTF_8);
        assertThat(markdown)
                .contains(
                        "# Collaboration agreement",
                        "## 3. Distribution of costs & revenues",
                        "| De Wroeter | 50.00 | 2550.00 |",
                        "## 7. Legal form");
    }

    @Test
    void withoutADistributionElementThreeIsStillToBeAddressed() {
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna", group);
        String partnership = TestData.partnership(anna, group);
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/agreement", partnership)
                .then()
                .statusCode(200)
                .body("elements[2].status", equalTo("to-be-addressed"))
                .body(
                        "elements[2].openPoints",
                        hasItem("Nog aan te brengen: er is nog geen verdeling gekozen in het verdienmodel."));
    }

    @Test
    void aDistributionPublishedBeforeVersionTwoOfTheEventStillNamesItsKey() {
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna", group);
        String partnership = TestData.partnership(anna, group);
        Map<String, String> partnerIds = Map.of(
                "De Wroeter",
                UUID.randomUUID().toString(),
                "37graden",
                UUID.randomUUID().toString());
        publishEqualSplit(partnership, group, partnerIds, EarningsModelEvents.DISTRIBUTION_CHANGED_V1, "EQUAL_SPLIT");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .when()
                .get("/partnerships/{p}/agreement", partnership)
                .then()
                .statusCode(200)
                .body("elements[2].facts", hasItem("Distribution key: equal split")));
    }

    private static void publishEqualSplit(
            String partnership,
            String group,
            Map<String, String> partnerIds,
            EventContract<DistributionChanged> contract,
            String key) {
        String wroeter = partnerIds.get("De Wroeter");
        String graden = partnerIds.get("37graden");
        String payload =
                """
                {"earningsModelId": "%s", "partnershipId": "%s", "localGroup": "%s",
                 "rule": {"key": "%s", "fixedPercentages": [], "incentives": [], "bounds": []},
                 "currency": "EUR", "distributedMargin": 5100.00,
                 "shares": [{"partyId": "%s", "name": "De Wroeter", "percent": 50.00, "amount": 2550.00},
                            {"partyId": "%s", "name": "37graden", "percent": 50.00, "amount": 2550.00}],
                 "version": 3}"""
                        .formatted(UUID.randomUUID(), partnership, group, key, wroeter, graden);
        TopicWriter.publish(new TopicWriter.CloudEvent(
                Topics.EARNINGS_MODEL,
                partnership,
                UUID.randomUUID().toString(),
                contract.type(),
                contract.dataSchema(),
                payload));
    }
}
