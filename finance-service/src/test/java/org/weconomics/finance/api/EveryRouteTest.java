package org.weconomics.finance.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;
import org.weconomics.finance.exchange.ExchangeResource;
import org.weconomics.testing.TestTokens;

/** The rules every route of an earnings model follows: access, If-Match, bad input. */
@QuarkusTest
class EveryRouteTest {

    /** One route: method, path below the model, a valid body and its content type. */
    record Route(String method, String path, String body, String contentType) {

        io.restassured.response.Response call(RequestSpecification request, String modelId) {
            if (body != null) {
                request = JSON.equals(contentType)
                        ? request.contentType(contentType).body(body)
                        : request.contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return request.request(method, "/earnings-models/" + modelId + path);
        }
    }

    /** A write route with a body that is wrong in one field. */
    record BadInput(Route route, String field) {}

    private static final String JSON = "application/json";

    private static List<Route> reads(PartnershipFixture p) {
        return List.of(
                new Route("GET", "", null, null),
                new Route("GET", "/parties", null, null),
                new Route("GET", "/parties/" + p.werkplaats, null, null),
                new Route("GET", "/cost-structure", null, null),
                new Route("GET", "/pricing", null, null),
                new Route("GET", "/distribution", null, null),
                new Route("GET", "/projection", null, null),
                new Route("GET", "/explanations/costStructure/totalCost", null, null),
                new Route("GET", "/workbook", null, null),
                new Route("GET", "/cost-structure.csv", null, null),
                new Route("GET", "/distribution.csv", null, null),
                new Route("GET", "/projection.csv", null, null));
    }

    private static List<Route> writes(PartnershipFixture p) {
        return List.of(
                new Route("PUT", "", "{\"currency\": \"EUR\"}", JSON),
                new Route(
                        "PUT",
                        "/cost-structure/sub-actions/" + p.call,
                        "{\"costPerUnit\": 1, \"quantityPerCustomer\": 1}",
                        JSON),
                new Route("PUT", "/pricing", "{\"fixedPrice\": {\"price\": 10}}", JSON),
                new Route("PUT", "/distribution", "{\"key\": \"equal-split\"}", JSON),
                new Route(
                        "PUT",
                        "/projection/revenue",
                        "{\"horizonYears\": 1, \"revenue\": {\"price\": 10, \"volumes\": [{\"year\": 1, \"volume\": 5}]}}",
                        JSON),
                new Route("PUT", "/projection/investments", "{\"investments\": []}", JSON),
                new Route("PUT", "/projection/yearly-costs", "{\"yearlyCosts\": []}", JSON),
                new Route("DELETE", "/external-suppliers/" + p.werkplaats, null, null),
                new Route("PUT", "/workbook", "x", ExchangeResource.XLSX));
    }

    @Test
    void anotherLocalGroupFindsNothingOnAnyRoute() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        String outsider = TestTokens.member("bram", "antwerpen");
        String model = p.modelId.toString();
        for (Route route : concat(
                reads(p), writes(p), List.of(new Route("POST", "/external-suppliers", "{\"name\": \"X\"}", JSON)))) {
            route.call(given().auth().oauth2(outsider).header("If-Match", "\"0\""), model)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyChangeNeedsTheCurrentVersion() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        String model = p.modelId.toString();
        for (Route route : writes(p)) {
            route.call(given().auth().oauth2(p.token), model).then().statusCode(428);
            route.call(given().auth().oauth2(p.token).header("If-Match", "\"999\""), model)
                    .then()
                    .statusCode(412)
                    .header("ETag", equalTo(p.etag()));
        }
    }

    @Test
    void badInputOnEveryWriteRouteIsAProblemNamingTheField() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.put(
                        "/projection/revenue",
                        "{\"horizonYears\": 2, \"revenue\": {\"price\": 10, \"volumes\": "
                                + "[{\"year\": 1, \"volume\": 5}, {\"year\": 2, \"volume\": 5}]}}")
                .then()
                .statusCode(200);
        List<BadInput> bad = List.of(
                new BadInput(new Route("PUT", "", "{\"currency\": \"XYZ\"}", JSON), "currency"),
                new BadInput(new Route("POST", "/external-suppliers", "{\"name\": \" \"}", JSON), "name"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/cost-structure/sub-actions/" + p.call,
                                "{\"costPerUnit\": 1, \"quantityPerCustomer\": -2}",
                                JSON),
                        "quantityPerCustomer"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/cost-structure/sub-actions/" + p.call,
                                "{\"costPerUnit\": 1, \"quantityPerCustomer\": 2, \"carriedBy\": \""
                                        + java.util.UUID.randomUUID() + "\"}",
                                JSON),
                        "carriedBy"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/pricing",
                                "{\"fixedMargin\": {\"targetMargin\": 120, \"unit\": " + "\"percent\"}}",
                                JSON),
                        "fixedMargin.targetMargin"),
                new BadInput(new Route("PUT", "/pricing", "{\"chosenMethod\": \"added-value\"}", JSON), "chosenMethod"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/distribution",
                                "{\"key\": \"equal-split\", \"bounds\": [{\"partyId\": \"" + p.werkplaats
                                        + "\", \"floor\": 10, \"cap\": 5}]}",
                                JSON),
                        "bounds[0].cap"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/projection/revenue",
                                "{\"horizonYears\": 0, \"revenue\": " + "{\"price\": 10, \"volumes\": []}}",
                                JSON),
                        "horizonYears"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/projection/investments",
                                "{\"investments\": [{\"partyId\": \"nobody\", "
                                        + "\"year\": 0, \"item\": \"Machines\", \"amount\": 100}]}",
                                JSON),
                        "investments[0].partyId"),
                new BadInput(
                        new Route(
                                "PUT",
                                "/projection/yearly-costs",
                                "{\"yearlyCosts\": [{\"partyId\": \"" + p.werkplaats
                                        + "\", \"item\": \"Rent\", \"costPerPiece\": -1, \"quantity\": 1}]}",
                                JSON),
                        "yearlyCosts[0].costPerPiece"),
                new BadInput(new Route("PUT", "/workbook", "not a workbook", ExchangeResource.XLSX), "workbook"));
        for (BadInput input : bad) {
            input.route()
                    .call(given().auth().oauth2(p.token).header("If-Match", p.etag()), p.modelId.toString())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidFields.field", hasItem(input.field()));
        }
    }

    @SafeVarargs
    private static List<Route> concat(List<Route>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
