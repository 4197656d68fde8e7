package org.weconomics.finance.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;
import org.weconomics.finance.exchange.ExchangeResource;
import org.weconomics.testing.RoleTableDocumentation;
import org.weconomics.testing.TestTokens;

/**
 * Calls every write operation of the role table ({@link EarningsModelOperation}) as every role a caller can have and
 * checks each cell: the allowed roles succeed, the others get 403 (404 outside the local group). Each column runs on
 * a partnership of its own, its calls one after the other with the model's current ETag. A route of the served
 * OpenAPI document that is missing from the table, or a row without a call here, fails the test.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final String JSON = "application/json";

    /** The roles of the matrix's columns, each a caller of its own. */
    enum Column {
        OUTSIDER(EnumSet.of(EarningsModelRole.MEMBER)),
        MEMBER(EnumSet.of(EarningsModelRole.MEMBER)),
        REPRESENTATIVE(EnumSet.of(EarningsModelRole.MEMBER, EarningsModelRole.ANY_REPRESENTATIVE)),
        COACH(EnumSet.of(EarningsModelRole.MEMBER, EarningsModelRole.COACH)),
        ADMIN(EnumSet.of(EarningsModelRole.MEMBER, EarningsModelRole.ADMIN));

        private final Set<EarningsModelRole> holds;

        Column(Set<EarningsModelRole> holds) {
            this.holds = holds;
        }

        int expectedStatus(EarningsModelOperation operation, int success) {
            if (this == OUTSIDER) {
                return 404;
            }
            return operation.allows(holds) ? success : 403;
        }

        String token(PartnershipFixture p) {
            return switch (this) {
                case OUTSIDER -> TestTokens.member("outsider-" + p.localGroup, "elsewhere-" + p.localGroup);
                case MEMBER -> p.memberToken;
                case REPRESENTATIVE -> p.representativeToken;
                case COACH -> p.token;
                case ADMIN -> TestTokens.admin("admin-" + p.localGroup);
            };
        }
    }

    private record Call(String method, String path, Object body, String contentType, int success) {}

    @Test
    void everyWriteOperationAnswersEveryRoleAsTheTableSays() {
        Map<EarningsModelOperation, Function<PartnershipFixture, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        for (Column column : Column.values()) {
            PartnershipFixture p = PartnershipFixture.announced(
                    "lg-" + UUID.randomUUID().toString().substring(0, 8));
            for (EarningsModelOperation operation : EarningsModelOperation.values()) {
                assertThat(calls).as("a call for every row of the table").containsKey(operation);
                Call call = calls.get(operation).apply(p);
                assertThat(call.method() + " " + call.path())
                        .as("the call of " + operation)
                        .startsWith(operation.method() + " /earnings-models/");
                int expected = column.expectedStatus(operation, call.success());
                Response response = send(column.token(p), p.etag(), call);
                if (response.statusCode() != expected) {
                    wrong.add(operation + " as " + column + ": " + response.statusCode() + " instead of " + expected
                            + " " + response.asString());
                } else if (expected >= 400) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).as("cells that differ from the role table").isEmpty();
    }

    /**
     * The model's version covers all of the model (its settings, parties, costs, price, distribution and
     * projection), so every write answers the model's new version as its ETag, and a fresh read of the model agrees.
     */
    @Test
    void everyWriteAnswersTheModelsNewVersionAsAFreshReadGivesIt() {
        Map<EarningsModelOperation, Function<PartnershipFixture, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        // One model through all writes, in the table's order (the revenue base before investments and yearly costs).
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));
        for (EarningsModelOperation operation : EarningsModelOperation.values()) {
            Call call = calls.get(operation).apply(p);
            String before = p.etag();
            Response response = send(p.token, before, call);
            if (response.statusCode() != call.success()) {
                wrong.add(operation + ": " + response.statusCode() + " " + response.asString());
                continue;
            }
            String fresh = p.etag();
            if (fresh.equals(before)) {
                wrong.add(operation + " did not move the model's version");
            }
            if (!fresh.equals(response.header("ETag"))) {
                wrong.add(operation + " answered ETag " + response.header("ETag") + ", a fresh read gives " + fresh);
            }
        }
        assertThat(wrong).as("writes whose ETag is not the model's new version").isEmpty();
    }

    @Test
    void aRefusalNamesWhoMay() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));
        given().auth()
                .oauth2(p.memberToken)
                .contentType(JSON)
                .header("If-Match", p.etag())
                .body("{\"key\": \"equal-split\"}")
                .when()
                .put("/earnings-models/" + p.modelId + "/distribution")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:problem-type:weconomics:forbidden"))
                .body("detail", org.hamcrest.Matchers.endsWith(EarningsModelOperation.UPDATE_DISTRIBUTION.whoMay()));
        p.get("/distribution").then().statusCode(200);
    }

    @Test
    void everyWriteRouteOfTheServedDocumentIsInTheTableAndStatesWhoMay() {
        RoleTableDocumentation.assertServedDocumentStatesEveryRow(documentedTable());
    }

    @Test
    void theReadmeShowsTheTable() {
        RoleTableDocumentation.assertReadmeShowsEveryRow(documentedTable());
    }

    private static List<RoleTableDocumentation.Row> documentedTable() {
        return Arrays.stream(EarningsModelOperation.values())
                .map(row -> new RoleTableDocumentation.Row(row.method(), row.path(), row.whoMay(), row.whoMayList()))
                .toList();
    }

    private static Response send(String token, String etag, Call call) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", etag);
        if (call.body() instanceof byte[] bytes) {
            request = request.contentType(call.contentType()).body(bytes);
        } else if (call.body() != null) {
            request = request.contentType(call.contentType()).body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }

    private static String model(PartnershipFixture p) {
        return "/earnings-models/" + p.modelId;
    }

    /** An external supplier added by the coach, for the call that removes one. */
    private static String externalSupplier(PartnershipFixture p) {
        return given().auth()
                .oauth2(p.token)
                .contentType(JSON)
                .body("{\"name\": \"Transport Peeters\"}")
                .when()
                .post(model(p) + "/external-suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The model's own workbook as the coach downloads it, for the call that imports one. */
    private static byte[] workbook(PartnershipFixture p) {
        return given().auth()
                .oauth2(p.token)
                .when()
                .get(model(p) + "/workbook")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static Map<EarningsModelOperation, Function<PartnershipFixture, Call>> calls() {
        Map<EarningsModelOperation, Function<PartnershipFixture, Call>> calls =
                new EnumMap<>(EarningsModelOperation.class);
        calls.put(
                EarningsModelOperation.UPDATE_MODEL,
                p -> new Call("PUT", model(p), "{\"currency\": \"EUR\"}", JSON, 200));
        calls.put(
                EarningsModelOperation.UPDATE_SUB_ACTION_COST,
                p -> new Call(
                        "PUT",
                        model(p) + "/cost-structure/sub-actions/" + p.call,
                        "{\"costPerUnit\": 45, \"quantityPerCustomer\": 1}",
                        JSON,
                        200));
        calls.put(
                EarningsModelOperation.ADD_EXTERNAL_SUPPLIER,
                p -> new Call("POST", model(p) + "/external-suppliers", "{\"name\": \"Drukkerij\"}", JSON, 201));
        calls.put(
                EarningsModelOperation.REMOVE_EXTERNAL_SUPPLIER,
                p -> new Call("DELETE", model(p) + "/external-suppliers/" + externalSupplier(p), null, null, 204));
        calls.put(
                EarningsModelOperation.UPDATE_PRICING,
                p -> new Call("PUT", model(p) + "/pricing", "{\"fixedPrice\": {\"price\": 10}}", JSON, 200));
        calls.put(
                EarningsModelOperation.UPDATE_DISTRIBUTION,
                p -> new Call("PUT", model(p) + "/distribution", "{\"key\": \"equal-split\"}", JSON, 200));
        calls.put(
                EarningsModelOperation.UPDATE_REVENUE,
                p -> new Call(
                        "PUT",
                        model(p) + "/projection/revenue",
                        "{\"horizonYears\": 1, \"revenue\": {\"price\": 10, \"volumes\": [{\"year\": 1, \"volume\": 5}]}}",
                        JSON,
                        200));
        calls.put(
                EarningsModelOperation.UPDATE_INVESTMENTS,
                p -> new Call("PUT", model(p) + "/projection/investments", "{\"investments\": []}", JSON, 200));
        calls.put(
                EarningsModelOperation.UPDATE_YEARLY_COSTS,
                p -> new Call("PUT", model(p) + "/projection/yearly-costs", "{\"yearlyCosts\": []}", JSON, 200));
        calls.put(
                EarningsModelOperation.IMPORT_WORKBOOK,
                p -> new Call("PUT", model(p) + "/workbook", workbook(p), ExchangeResource.XLSX, 204));
        return calls;
    }
}
