package org.weconomics.partnership.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.RoleTableDocumentation;
import org.weconomics.testing.TestTokens;

/**
 * Calls every write operation of the role table ({@link PartnershipOperation}) as every role a caller can have and
 * checks each cell: the allowed roles succeed, the others get 403 (404 outside the local group). Each cell runs on
 * a partnership of its own, so an allowed call cannot change what the next one meets. A route of the served OpenAPI
 * document that is missing from the table, or a row without a call here, fails the test.
 */
@QuarkusTest
class RoleMatrixTest {

    /** The roles of the matrix's columns, each a caller of its own. */
    enum Column {
        OUTSIDER,
        MEMBER,
        REPRESENTATIVE_OF_ANOTHER_PARTNER,
        REPRESENTATIVE,
        COACH,
        ADMIN;

        /** The table's roles this column holds for an operation. */
        Set<PartnershipRole> holds(PartnershipOperation operation) {
            return switch (this) {
                case OUTSIDER, MEMBER -> EnumSet.of(PartnershipRole.MEMBER);
                case REPRESENTATIVE_OF_ANOTHER_PARTNER ->
                    EnumSet.of(PartnershipRole.MEMBER, PartnershipRole.ANY_REPRESENTATIVE);
                case REPRESENTATIVE ->
                    operation.concernsPartner()
                            ? EnumSet.of(
                                    PartnershipRole.MEMBER,
                                    PartnershipRole.ANY_REPRESENTATIVE,
                                    PartnershipRole.REPRESENTATIVE)
                            : EnumSet.of(PartnershipRole.MEMBER, PartnershipRole.ANY_REPRESENTATIVE);
                case COACH -> EnumSet.of(PartnershipRole.MEMBER, PartnershipRole.COACH);
                case ADMIN -> EnumSet.allOf(PartnershipRole.class);
            };
        }

        int expectedStatus(PartnershipOperation operation, int success) {
            if (this == OUTSIDER) {
                if (operation.partnershipParameter().isPresent()) {
                    return 404;
                }
                if (operation == PartnershipOperation.CREATE_PARTNERSHIP) {
                    return 400; // the local group named in the body is not theirs
                }
            }
            return operation.allows(holds(operation)) ? success : 403;
        }
    }

    private record Call(String method, String path, Object body, String ifMatch, int success) {}

    private String group;
    private final Map<Column, String> subjects = new EnumMap<>(Column.class);

    /** The local group is made over HTTP, which the test application serves only once the test instance exists. */
    @BeforeEach
    void aLocalGroupWithOnePersonPerColumn() {
        group = TestData.localGroup();
        subjects.put(Column.OUTSIDER, "outsider-" + group);
        subjects.put(Column.MEMBER, "member-" + group);
        subjects.put(Column.REPRESENTATIVE_OF_ANOTHER_PARTNER, "other-rep-" + group);
        subjects.put(Column.REPRESENTATIVE, "rep-" + group);
        subjects.put(Column.COACH, "coach-" + group);
        subjects.put(Column.ADMIN, "admin-" + group);
        for (Column member : EnumSet.range(Column.MEMBER, Column.COACH)) {
            TestData.member(group, subjects.get(member));
        }
    }

    @Test
    void everyWriteOperationAnswersEveryRoleAsTheTableSays() {
        Map<PartnershipOperation, BiFunction<Fixture, Column, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        for (PartnershipOperation operation : PartnershipOperation.values()) {
            assertThat(calls).as("a call for every row of the table").containsKey(operation);
            for (Column column : Column.values()) {
                Call call = calls.get(operation).apply(new Fixture(), column);
                assertThat(call.method() + " " + call.path())
                        .as("the call of " + operation)
                        .startsWith(operation.method() + " /");
                int expected = column.expectedStatus(operation, call.success());
                Response response = send(token(column), call);
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
     * What each version covers, as a client follows it: every write answers the ETag that a fresh read of what it
     * moved gives, so the client can send it with its next change. A creation's ETag is the created resource's; a
     * write of something that is part of a larger resource (a member of a local group, an element of the agreement)
     * answers the version of what it moved.
     */
    @Test
    void everyWriteAnswersTheETagAFreshReadOfWhatItMovedGives() {
        Map<PartnershipOperation, BiFunction<Fixture, Column, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        for (PartnershipOperation operation : PartnershipOperation.values()) {
            Fixture fixture = new Fixture();
            Call call = calls.get(operation).apply(fixture, Column.ADMIN);
            Response response = send(token(Column.ADMIN), call);
            if (response.statusCode() != call.success()) {
                wrong.add(operation + ": " + response.statusCode() + " " + response.asString());
                continue;
            }
            String expected = freshTag(operation, fixture, call, response);
            if (expected == null) {
                continue;
            }
            if (!expected.equals(response.header("ETag"))) {
                wrong.add(operation + " answered ETag " + response.header("ETag") + ", a fresh read gives " + expected);
            }
        }
        assertThat(wrong)
                .as("writes whose ETag is not the one a fresh read gives")
                .isEmpty();
    }

    /** The service's own path of a link, which names the gateway's route (with its prefix) when one forwarded. */
    private static String servicePath(String location) {
        assertThat(location).as("the Location of a creation").isNotNull();
        return java.net
                .URI
                .create(location)
                .getPath()
                .replaceFirst("^.*?(/(communities|local-groups|organisations|partnerships)/)", "$1");
    }

    /** The ETag of what the operation moved, read afresh; null where the write leaves nothing versioned to read. */
    private String freshTag(PartnershipOperation operation, Fixture f, Call call, Response response) {
        return switch (operation) {
            case CREATE_COMMUNITY,
                    CREATE_LOCAL_GROUP,
                    REGISTER_ORGANISATION,
                    CREATE_PARTNERSHIP,
                    JOIN_PARTNER,
                    RECORD_TENSION,
                    ADD_ACTIVITY -> etag(servicePath(response.header("Location")));
            // A draft is its author's alone: read it as the admin who wrote it.
            case START_ASSESSMENT_DRAFT, UPDATE_ASSESSMENT_DRAFT ->
                given().auth()
                        .oauth2(token(Column.ADMIN))
                        .get(call.path())
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
            // The submitted assessment is read in the partnership's history, which pages many; it has no ETag there.
            case SUBMIT_ASSESSMENT -> null;
            case CLOSE_LOCAL_GROUP, ADD_MEMBER -> etag(call.path().replaceFirst("/(close|members)$", ""));
            case REMOVE_MEMBER -> etag(call.path().replaceFirst("/members/[^/]+$", ""));
            case CHANGE_COACHES -> etag(f.partnershipPath());
            case CHANGE_CONTRIBUTIONS, CHANGE_REPRESENTATIVES, LEAVE -> etag(f.partnerPath());
            case REMOVE_ACTIVITY, REORDER_ACTIVITIES -> etag(f.partnershipPath() + "/value-chain");
            case CHANGE_TENSION_STATUS, ADD_TENSION_SOLUTION ->
                etag(call.path().replaceFirst("/(status|solutions)$", ""));
            case CHANGE_AGREEMENT_ELEMENT ->
                "\""
                        + given().auth()
                                .oauth2(TestData.ADMIN)
                                .get(f.partnershipPath() + "/agreement")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("elements.find { it.number == 1 }.version")
                        + "\"";
            default -> etag(call.path());
        };
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
        return Arrays.stream(PartnershipOperation.values())
                .map(row -> new RoleTableDocumentation.Row(row.method(), row.path(), row.whoMay(), row.whoMayList()))
                .toList();
    }

    private String token(Column column) {
        String subject = subjects.get(column);
        return switch (column) {
            case OUTSIDER -> TestTokens.member(subject, "elsewhere-" + group);
            case ADMIN -> TestTokens.admin(subject);
            default -> TestTokens.member(subject, group);
        };
    }

    private static Response send(String token, Call call) {
        RequestSpecification request = given().auth().oauth2(token);
        if (call.ifMatch() != null) {
            request = request.header("If-Match", call.ifMatch());
        }
        if (call.body() != null) {
            request = request.contentType(ContentType.JSON).body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }

    private static String etag(String path) {
        return given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A partnership of the test's local group with two partners, each with one representative; more on demand. */
    private final class Fixture {
        final String partnership;
        final String partner;
        final String otherPartner;
        private String activity;
        private String tension;
        private String localGroup;
        private String community;

        Fixture() {
            String coach = token(Column.COACH);
            partnership = TestData.partnership(coach, group);
            partner = TestData.join(coach, partnership, TestData.organisation("social-economy"));
            otherPartner = TestData.join(coach, partnership, TestData.organisation("regular-economy"));
            represent(partner, subjects.get(Column.REPRESENTATIVE));
            represent(otherPartner, subjects.get(Column.REPRESENTATIVE_OF_ANOTHER_PARTNER));
        }

        String partnershipPath() {
            return "/partnerships/" + partnership;
        }

        String partnerPath() {
            return partnershipPath() + "/partners/" + partner;
        }

        String activity() {
            if (activity == null) {
                activity = TestData.activity(token(Column.COACH), partnership, "Ophalen", partner);
            }
            return activity;
        }

        String tension() {
            if (tension == null) {
                tension = given().auth()
                        .oauth2(token(Column.COACH))
                        .contentType(ContentType.JSON)
                        .body(tensionBody())
                        .when()
                        .post(partnershipPath() + "/tensions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
            }
            return tension;
        }

        String community() {
            if (community == null) {
                community = TestData.community();
            }
            return community;
        }

        String localGroup() {
            if (localGroup == null) {
                localGroup = TestData.localGroup();
            }
            return localGroup;
        }

        /** A draft of the partner's assessment by the column's caller where they may write one, else by its representative. */
        String draftBy(Column column) {
            Column author =
                    column.holds(PartnershipOperation.START_ASSESSMENT_DRAFT).contains(PartnershipRole.REPRESENTATIVE)
                                    || column == Column.ADMIN
                            ? column
                            : Column.REPRESENTATIVE;
            return given().auth()
                    .oauth2(token(author))
                    .contentType(ContentType.JSON)
                    .body(TestData.assessmentContent("cleared", "met", "high"))
                    .when()
                    .post(partnershipPath() + "/assessments/partners/" + partner + "/draft")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("ETag");
        }

        private void represent(String partnerId, String subject) {
            given().auth()
                    .oauth2(token(Column.COACH))
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("subjects", List.of(subject)))
                    .when()
                    .put(partnershipPath() + "/partners/" + partnerId + "/representatives")
                    .then()
                    .statusCode(200);
        }
    }

    private static Map<String, Object> tensionBody() {
        return Map.of("title", TestData.unique("Verdeelsleutel"), "valueDomain", "value-capture", "severity", "high");
    }

    private static Map<String, Object> organisationBody() {
        return Map.of(
                "name",
                TestData.unique("Organisatie"),
                "sector",
                "social-economy",
                "registrationNumber",
                TestData.unique("BE"));
    }

    private Map<PartnershipOperation, BiFunction<Fixture, Column, Call>> calls() {
        Map<PartnershipOperation, BiFunction<Fixture, Column, Call>> calls = new EnumMap<>(PartnershipOperation.class);
        calls.put(
                PartnershipOperation.CREATE_COMMUNITY,
                (f, c) -> new Call(
                        "POST", "/communities", TestData.communityBody(TestData.unique("Community")), null, 201));
        calls.put(PartnershipOperation.UPDATE_COMMUNITY, (f, c) -> {
            String path = "/communities/" + f.community();
            return new Call("PUT", path, TestData.communityBody(TestData.unique("Community")), etag(path), 200);
        });
        calls.put(
                PartnershipOperation.CREATE_LOCAL_GROUP,
                (f, c) -> new Call(
                        "POST",
                        "/local-groups",
                        TestData.localGroupBody(TestData.unique("lg"), f.community()),
                        null,
                        201));
        calls.put(PartnershipOperation.UPDATE_LOCAL_GROUP, (f, c) -> {
            String path = "/local-groups/" + f.localGroup();
            Map<String, Object> body = new java.util.HashMap<>(TestData.localGroupBody(f.localGroup(), f.community()));
            body.remove("key");
            return new Call("PUT", path, body, etag(path), 200);
        });
        calls.put(PartnershipOperation.CLOSE_LOCAL_GROUP, (f, c) -> {
            String path = "/local-groups/" + f.localGroup();
            return new Call("POST", path + "/close", null, etag(path), 200);
        });
        calls.put(
                PartnershipOperation.ADD_MEMBER,
                (f, c) -> new Call(
                        "POST",
                        "/local-groups/" + f.localGroup() + "/members",
                        Map.of("userId", "user-dora", "username", "dora"),
                        null,
                        201));
        calls.put(PartnershipOperation.REMOVE_MEMBER, (f, c) -> {
            String path = "/local-groups/" + f.localGroup();
            given().auth()
                    .oauth2(TestData.ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("userId", "user-dora", "username", "dora"))
                    .when()
                    .post(path + "/members")
                    .then()
                    .statusCode(201);
            return new Call("DELETE", path + "/members/user-dora", null, etag(path), 204);
        });
        calls.put(
                PartnershipOperation.REGISTER_ORGANISATION,
                (f, c) -> new Call("POST", "/organisations", organisationBody(), null, 201));
        calls.put(PartnershipOperation.UPDATE_ORGANISATION, (f, c) -> {
            String path = "/organisations/" + TestData.organisation("social-economy");
            return new Call("PUT", path, organisationBody(), etag(path), 200);
        });
        calls.put(
                PartnershipOperation.CREATE_PARTNERSHIP,
                (f, c) -> new Call(
                        "POST",
                        "/partnerships",
                        Map.of("localGroup", group, "name", TestData.unique("Partnerschap")),
                        null,
                        201));
        calls.put(
                PartnershipOperation.UPDATE_PARTNERSHIP,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath(),
                        Map.of("name", TestData.unique("Partnerschap")),
                        etag(f.partnershipPath()),
                        200));
        calls.put(
                PartnershipOperation.CHANGE_COACHES,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath() + "/coaches",
                        Map.of("subjects", List.of(subjects.get(Column.COACH), subjects.get(Column.MEMBER))),
                        etag(f.partnershipPath()),
                        200));
        calls.put(
                PartnershipOperation.JOIN_PARTNER,
                (f, c) -> new Call(
                        "POST",
                        f.partnershipPath() + "/partners",
                        Map.of(
                                "organisationId",
                                TestData.organisation("regular-economy"),
                                "role",
                                "Verkoop",
                                "founding",
                                false),
                        null,
                        201));
        calls.put(
                PartnershipOperation.UPDATE_PARTNER,
                (f, c) -> new Call(
                        "PUT",
                        f.partnerPath(),
                        Map.of("role", "Logistiek", "founding", false),
                        etag(f.partnerPath()),
                        200));
        calls.put(
                PartnershipOperation.CHANGE_CONTRIBUTIONS,
                (f, c) -> new Call(
                        "PUT",
                        f.partnerPath() + "/contributions",
                        Map.of(
                                "productsAndServices",
                                List.of("Verse soep"),
                                "gainCreators",
                                List.of(),
                                "painRelievers",
                                List.of()),
                        etag(f.partnerPath()),
                        200));
        calls.put(
                PartnershipOperation.CHANGE_REPRESENTATIVES,
                (f, c) -> new Call(
                        "PUT",
                        f.partnerPath() + "/representatives",
                        Map.of("subjects", List.of(subjects.get(Column.REPRESENTATIVE), subjects.get(c))),
                        etag(f.partnerPath()),
                        200));
        calls.put(
                PartnershipOperation.LEAVE,
                (f, c) -> new Call("POST", f.partnerPath() + "/leave", null, etag(f.partnerPath()), 200));
        calls.put(
                PartnershipOperation.START_ASSESSMENT_DRAFT,
                (f, c) -> new Call(
                        "POST",
                        f.partnershipPath() + "/assessments/partners/" + f.partner + "/draft",
                        TestData.assessmentContent("cleared", "met", "high"),
                        null,
                        201));
        calls.put(
                PartnershipOperation.UPDATE_ASSESSMENT_DRAFT,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath() + "/assessments/partners/" + f.partner + "/draft",
                        TestData.assessmentContent("open-points", "met", "high"),
                        f.draftBy(c),
                        200));
        calls.put(
                PartnershipOperation.SUBMIT_ASSESSMENT,
                (f, c) -> new Call(
                        "POST",
                        f.partnershipPath() + "/assessments/partners/" + f.partner + "/draft/submit",
                        null,
                        f.draftBy(c),
                        200));
        calls.put(
                PartnershipOperation.SET_AGREED_ASSESSMENT,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath() + "/assessments/agreed",
                        TestData.assessmentContent("cleared", "met", "high"),
                        "\"0\"",
                        200));
        calls.put(
                PartnershipOperation.ANSWER_QUESTIONNAIRE,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath() + "/questionnaire/partners/" + f.partner,
                        Map.of("answers", Map.of()),
                        "\"0\"",
                        200));
        calls.put(
                PartnershipOperation.CHANGE_AGREEMENT_ELEMENT,
                (f, c) -> new Call(
                        "PUT",
                        f.partnershipPath() + "/agreement/elements/1",
                        Map.of("text", "Maandelijkse stuurgroep", "status", "open-points"),
                        "\"0\"",
                        200));
        calls.put(
                PartnershipOperation.ADD_ACTIVITY,
                (f, c) -> new Call(
                        "POST",
                        f.partnershipPath() + "/value-chain/activities",
                        Map.of("name", "Koken", "responsiblePartnerIds", List.of(f.partner)),
                        null,
                        201));
        calls.put(PartnershipOperation.UPDATE_ACTIVITY, (f, c) -> {
            String path = f.partnershipPath() + "/value-chain/activities/" + f.activity();
            return new Call(
                    "PUT",
                    path,
                    Map.of("name", "Leveren", "responsiblePartnerIds", List.of(f.partner)),
                    etag(path),
                    200);
        });
        calls.put(PartnershipOperation.REMOVE_ACTIVITY, (f, c) -> {
            String path = f.partnershipPath() + "/value-chain/activities/" + f.activity();
            return new Call("DELETE", path, null, etag(path), 200);
        });
        calls.put(PartnershipOperation.REORDER_ACTIVITIES, (f, c) -> {
            String activity = f.activity();
            return new Call(
                    "PUT",
                    f.partnershipPath() + "/value-chain/order",
                    Map.of("activityIds", List.of(activity)),
                    etag(f.partnershipPath() + "/value-chain"),
                    200);
        });
        calls.put(
                PartnershipOperation.RECORD_TENSION,
                (f, c) -> new Call("POST", f.partnershipPath() + "/tensions", tensionBody(), null, 201));
        calls.put(PartnershipOperation.UPDATE_TENSION, (f, c) -> {
            String path = f.partnershipPath() + "/tensions/" + f.tension();
            return new Call("PUT", path, tensionBody(), etag(path), 200);
        });
        calls.put(PartnershipOperation.CHANGE_TENSION_STATUS, (f, c) -> {
            String path = f.partnershipPath() + "/tensions/" + f.tension();
            return new Call("PUT", path + "/status", Map.of("status", "in-dialogue"), etag(path), 200);
        });
        calls.put(PartnershipOperation.ADD_TENSION_SOLUTION, (f, c) -> {
            String path = f.partnershipPath() + "/tensions/" + f.tension();
            return new Call(
                    "POST",
                    path + "/solutions",
                    Map.of(
                            "description",
                            "Verdeelsleutel jaarlijks herbekijken",
                            "agreedOn",
                            LocalDate.now().minusDays(1).toString(),
                            "agreedBy",
                            List.of(f.partner)),
                    etag(path),
                    200);
        });
        return calls;
    }
}
