package org.weconomics.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member runs the trajectory of an ESF case through the gateway, with tokens from the real Keycloak:
 * an admin sets up a local group and makes her a member, her next token carries it, and the partnership,
 * its partners, value chain and earnings model cross the services through Kafka; she draws the partnership's
 * blended BMC (SVG and PDF), records and resolves hybrid tensions, and finds the distribution chosen in finance in
 * the collaboration agreement and its Word draft.
 */
@ExtendWith(RunningPlatform.class)
class PartnershipJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMemberRunsAnEsfCaseAcrossTheServicesAndOthersSeeNothing() throws Exception {
        String admin = RunningPlatform.token("admin");
        String localGroup = "e2e-" + Long.toString(System.nanoTime(), 36);

        // An admin sets up a local group and adds bram; his next token carries the group.
        String communityId = api(admin)
                .body(Map.of(
                        "name",
                        "E2E community " + localGroup,
                        "domain",
                        "Blended business",
                        "networkLeader",
                        "Weconomics",
                        "revenueModel",
                        Map.of("payer", "both", "basis", "per-period", "amount", 10)))
                .post("/api/partnership/communities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api(admin)
                .body(Map.of(
                        "key",
                        localGroup,
                        "name",
                        "Lokale groep " + localGroup,
                        "region",
                        "Limburg",
                        "communityId",
                        communityId,
                        "contact",
                        Map.of("name", "Bram", "email", "bram@example.org")))
                .post("/api/partnership/local-groups")
                .then()
                .statusCode(201);
        String bramId = subjectOf(RunningPlatform.token("bram"));
        String groupTag = api(admin)
                .get("/api/partnership/local-groups/" + localGroup)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        api(admin)
                .header("If-Match", groupTag)
                .body(Map.of("userId", bramId, "username", "bram"))
                .post("/api/partnership/local-groups/" + localGroup + "/members")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> groupsOf(RunningPlatform.token("bram")).contains("/local-groups/" + localGroup));
        String bram = RunningPlatform.token("bram");

        // Two organisations (admin) join bram's new partnership (member).
        String social = organisation(admin, "Kaliber " + localGroup, "social-economy");
        String regular = organisation(admin, "Knoopwerk " + localGroup, "regular-economy");
        Response created = api(bram)
                .body(Map.of(
                        "localGroup",
                        localGroup,
                        "name",
                        "Kaliber & Knoopwerk",
                        "description",
                        "Sociaal verantwoorde houtskeletbouw"))
                .post("/api/partnership/partnerships");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String partnershipId = created.path("id");
        String partnerships = "/api/partnership/partnerships/" + partnershipId;
        String kaliber = join(bram, partnerships, social, "Productie in eigen atelier");
        String knoopwerk = join(bram, partnerships, regular, "Houtbouwsysteem en verkoop");
        Response activity = api(bram)
                .body(Map.of(
                        "name",
                        "Productie van bouwpakketten",
                        "responsiblePartnerIds",
                        List.of(kaliber),
                        "subActions",
                        List.of(
                                Map.of("name", "Zagen en frezen", "responsiblePartnerId", kaliber),
                                Map.of("name", "Verkoop en ontwerp", "responsiblePartnerId", knoopwerk))))
                .post(partnerships + "/value-chain/activities");
        assertThat(activity.statusCode()).as(activity.asString()).isEqualTo(201);
        List<String> subActions = activity.path("subActions.id");

        // The earnings model exists because the partnership event crossed to finance; costs follow the value chain.
        String modelId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api(bram)
                                .queryParam("partnershipId", partnershipId)
                                .get("/api/finance/earnings-models"),
                        response -> response.statusCode() == 200 && response.<Integer>path("totalItems") == 1)
                .path("items[0].id");
        String models = "/api/finance/earnings-models/" + modelId;
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api(bram).get(models + "/cost-structure").asString(),
                        body -> body.contains(subActions.get(0)) && body.contains(subActions.get(1)));
        putWithVersion(
                bram,
                models,
                models + "/cost-structure/sub-actions/" + subActions.get(0),
                Map.of("costPerUnit", new BigDecimal("120.00"), "quantityPerCustomer", 1, "carriedBy", kaliber));
        putWithVersion(
                bram,
                models,
                models + "/cost-structure/sub-actions/" + subActions.get(1),
                Map.of("costPerUnit", new BigDecimal("30.50"), "quantityPerCustomer", 2, "carriedBy", knoopwerk));
        putWithVersion(
                bram,
                models,
                models + "/pricing",
                Map.of("fixedPrice", Map.of("price", new BigDecimal("250.00")), "chosenMethod", "fixed-price"));
        putWithVersion(bram, models, models + "/distribution", Map.of("key", "equal-split"));
        api(bram).get(models + "/cost-structure").then().statusCode(200).body("figures.totalCost", equalTo(181.0f));

        // The workbook opens and holds live formulas.
        byte[] workbook = api(bram)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(models + "/workbook")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
            assertThat(formulasIn(book)).isNotEmpty();
        }

        // bram draws the partnership's blended BMC: notes in several blocks at once, then the picture as SVG and PDF.
        // (canvas-service knows the partnership from its events; a client retries the 422 unknown-partnership of the
        // first moments after creating it.)
        Response canvas = await().atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api(bram)
                                .body(Map.of(
                                        "localGroup",
                                        localGroup,
                                        "partnershipId",
                                        partnershipId,
                                        "templateKey",
                                        "blended-business-model-canvas",
                                        "templateVersion",
                                        1,
                                        "title",
                                        "Kaliber & Knoopwerk",
                                        "topic",
                                        "Sociaal verantwoorde houtskeletbouw"))
                                .post("/api/canvas/canvases"),
                        answer -> !unknownPartnership(answer));
        assertThat(canvas.statusCode()).as(canvas.asString()).isEqualTo(201);
        String canvases = "/api/canvas/canvases/" + canvas.path("id");
        api(bram)
                .body(Map.of(
                        "notes",
                        List.of(
                                Map.of(
                                        "blockKey",
                                        "value-proposition",
                                        "text",
                                        "Betaalbare houtskeletwoningen",
                                        "valueTags",
                                        List.of("social", "ecological")),
                                Map.of("blockKey", "key-activities", "text", "Zagen en frezen in het atelier"),
                                Map.of("blockKey", "key-partners", "text", "Maatwerkbedrijf Kaliber"),
                                Map.of("blockKey", "revenue-streams", "text", "Verkoop van bouwpakketten"))))
                .post(canvases + "/notes/bulk")
                .then()
                .statusCode(201);
        byte[] svg = api(bram)
                .get(canvases + "/picture.svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asByteArray();
        assertThat(xmlText(svg)).contains("Betaalbare houtskeletwoningen", "Waardepropositie");
        byte[] pdf = api(bram)
                .queryParam("appendix", true)
                .get(canvases + "/picture.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("Verkoopvanbouwpakketten");
        }

        // Two hybrid tensions between the social and the regular partner; one is talked through and resolved.
        String tensions = partnerships + "/tensions";
        String surplus = tension(
                bram,
                tensions,
                Map.of(
                        "title",
                        "Verdeelsleutel van de marge",
                        "description",
                        "Kaliber wil de marge herinvesteren in werkplekken, Knoopwerk wil uitkeren",
                        "valueDomain",
                        "value-capture",
                        "bmcBlock",
                        "revenue-streams",
                        "category",
                        "strategic",
                        "severity",
                        "high",
                        "ownerPartnerId",
                        kaliber,
                        "agreementElement",
                        3));
        tension(
                bram,
                tensions,
                Map.of(
                        "title",
                        "Productietempo en begeleiding",
                        "description",
                        "De leveringstermijnen van Knoopwerk botsen met het tempo van de begeleide werknemers",
                        "valueDomain",
                        "value-creation",
                        "bmcBlock",
                        "key-activities",
                        "category",
                        "organisational",
                        "severity",
                        "medium",
                        "ownerPartnerId",
                        knoopwerk));
        for (String status : List.of("in-dialogue", "resolved")) {
            String tag = api(bram)
                    .get(tensions + "/" + surplus)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            api(bram)
                    .header("If-Match", tag)
                    .body(Map.of("status", status))
                    .put(tensions + "/" + surplus + "/status")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status));
        }
        api(bram).get(tensions).then().statusCode(200).body("items.size()", equalTo(2));

        // Element 3 of the agreement shows the distribution bram chose in finance (it crossed over Kafka),
        // and the Word draft holds the heading of every element.
        String agreement = partnerships + "/agreement";
        JsonNode agreementView = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> JSON.readTree(api(bram)
                                .header("Accept-Language", "nl")
                                .get(agreement)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString()),
                        view -> view.path("elements")
                                .path(2)
                                .path("facts")
                                .toString()
                                .contains("gelijke verdeling"));
        assertThat(agreementView.path("elements").path(2).path("key").asText())
                .isEqualTo("cost-and-revenue-distribution");
        List<String> headings = new ArrayList<>();
        agreementView
                .path("elements")
                .forEach(element -> headings.add(element.path("number").asInt() + ". "
                        + element.path("title").asText()));
        assertThat(headings).hasSize(7);
        byte[] docx = api(bram)
                .header("Accept-Language", "nl")
                .get(agreement + "/document.docx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList())
                    .containsAll(headings);
        }

        // A member of another local group sees none of it; a member cannot use admin routes; no token, no entry.
        String anna = RunningPlatform.token("anna");
        for (String path : List.of(
                partnerships,
                partnerships + "/partners",
                partnerships + "/value-chain",
                partnerships + "/trajectory",
                models,
                models + "/cost-structure",
                models + "/pricing",
                models + "/distribution",
                models + "/workbook",
                canvases,
                canvases + "/notes",
                canvases + "/picture.svg",
                canvases + "/picture.pdf",
                tensions,
                tensions + "/" + surplus,
                agreement,
                agreement + "/document.docx")) {
            api(anna).get(path).then().statusCode(404);
        }
        api(bram)
                .body(Map.of(
                        "key",
                        localGroup + "-x",
                        "name",
                        "Niet toegestaan",
                        "region",
                        "Limburg",
                        "communityId",
                        communityId,
                        "contact",
                        Map.of("name", "Bram", "email", "bram@example.org")))
                .post("/api/partnership/local-groups")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().baseUri(RunningPlatform.gateway())
                .get(partnerships)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    private static String tension(String member, String tensions, Map<String, Object> body) {
        Response recorded = api(member).body(body).post(tensions);
        assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(201);
        assertThat(recorded.<String>path("status")).isEqualTo("open");
        return recorded.path("id");
    }

    /** All text of an XML document, parsed by the JDK with DOCTYPEs refused. */
    private static String xmlText(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement()
                .getTextContent();
    }

    private static String organisation(String admin, String name, String sector) {
        return api(admin)
                .body(Map.of("name", name, "sector", sector, "registrationNumber", "E2E-" + name.hashCode()))
                .post("/api/partnership/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String join(String member, String partnerships, String organisationId, String role) {
        return api(member)
                .body(Map.of("organisationId", organisationId, "role", role, "founding", true))
                .post(partnerships + "/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Every write of an earnings model names the model's current version. */
    private static void putWithVersion(String token, String model, String path, Object body) {
        String version = api(token).get(model).then().statusCode(200).extract().header("ETag");
        Response response = api(token).header("If-Match", version).body(body).put(path);
        assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
    }

    private static List<String> formulasIn(XSSFWorkbook book) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getCellFormula());
                    }
                }
            }
        }
        return formulas;
    }

    /** A 422 of canvas-service for a partnership it has not learnt of from its events yet. */
    static boolean unknownPartnership(Response answer) {
        return answer.statusCode() == 422
                && "urn:problem-type:weconomics:unknown-partnership".equals(answer.path("type"));
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(RunningPlatform.gateway()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static String subjectOf(String token) throws Exception {
        return claims(token).path("sub").asText();
    }

    static List<String> groupsOf(String token) throws Exception {
        List<String> groups = new ArrayList<>();
        claims(token).path("groups").forEach(group -> groups.add(group.asText()));
        return groups;
    }
}
