package org.weconomics.canvas.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.people.Members;
import org.weconomics.canvas.workshop.WorkshopTestData;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.testing.RoleTableDocumentation;
import org.weconomics.testing.TestTokens;

/**
 * Calls every write operation of the role table ({@link CanvasOperation}) as every role a caller can have and checks
 * each cell: the allowed roles succeed, the others get 403 (404 outside the local group). Each cell runs on a canvas
 * of its own, so an allowed call cannot change what the next one meets. The rows' conditions ({@link
 * CanvasCondition}: the board's lock, handing the facilitation over, archiving, deleting what others worked on) are
 * called the same way with the condition brought about. A route of the served OpenAPI document that is missing from
 * the table, or a row without a call here, fails the test.
 */
@QuarkusTest
class RoleMatrixTest {

    /** The roles of the matrix's columns, each a caller of its own. */
    enum Column {
        OUTSIDER,
        PARTICIPANT,
        OWNER,
        FACILITATOR,
        ADMIN;

        /** The table's roles this column holds for an operation. */
        Set<CanvasRole> holds(CanvasOperation operation) {
            boolean onACanvas = operation.canvasParameter().isPresent();
            boolean onAWorkshop = operation.workshopParameter().isPresent();
            return switch (this) {
                case OUTSIDER, PARTICIPANT -> EnumSet.of(CanvasRole.PARTICIPANT);
                case OWNER ->
                    onACanvas
                            ? EnumSet.of(CanvasRole.PARTICIPANT, CanvasRole.OWNER)
                            : EnumSet.of(CanvasRole.PARTICIPANT);
                // The facilitator column is also the one facilitator the owner names on the workshop.
                case FACILITATOR ->
                    onACanvas
                            ? EnumSet.of(CanvasRole.PARTICIPANT, CanvasRole.FACILITATOR)
                            : onAWorkshop
                                    ? EnumSet.of(CanvasRole.PARTICIPANT, CanvasRole.WORKSHOP_FACILITATOR)
                                    : EnumSet.of(CanvasRole.PARTICIPANT);
                case ADMIN -> EnumSet.allOf(CanvasRole.class);
            };
        }

        int expectedStatus(CanvasOperation operation, int success) {
            if (this == OUTSIDER) {
                if (operation.canvasParameter().isPresent()
                        || operation.workshopParameter().isPresent()) {
                    return 404;
                }
                if (operation == CanvasOperation.CREATE_CANVAS
                        || operation == CanvasOperation.IMPORT_CANVAS
                        || operation == CanvasOperation.CREATE_WORKSHOP) {
                    return 400; // the local group the request names is not theirs
                }
            }
            return operation.allows(holds(operation)) ? success : 403;
        }

        int expectedStatusUnder(CanvasOperation operation, CanvasCondition condition, int success) {
            if (!operation.allows(holds(operation))) {
                return 403;
            }
            return condition.allows(holds(operation)) ? success : condition.status();
        }
    }

    private record Call(String method, String path, Object body, String contentType, String ifMatch, int success) {

        Call(String method, String path, Object body, String ifMatch, int success) {
            this(method, path, body, body == null ? null : ContentType.JSON.toString(), ifMatch, success);
        }
    }

    private String group;
    private final Map<Column, String> subjects = new EnumMap<>(Column.class);

    @BeforeEach
    void aLocalGroupWithOnePersonPerColumn() {
        group = CanvasTestData.localGroup();
        for (Column column : Column.values()) {
            subjects.put(column, column.name().toLowerCase() + "-" + group);
        }
        Members.register(
                group, subjects.get(Column.PARTICIPANT), subjects.get(Column.OWNER), subjects.get(Column.FACILITATOR));
    }

    @Test
    void everyWriteOperationAnswersEveryRoleAsTheTableSays() {
        Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        for (CanvasOperation operation : CanvasOperation.values()) {
            assertThat(calls).as("a call for every row of the table").containsKey(operation);
            for (Column column : Column.values()) {
                Call call = calls.get(operation).apply(new Fixture(), column);
                int expected = column.expectedStatus(operation, call.success());
                check(operation, column, call, expected, operation.allowed(), wrong);
            }
        }
        assertThat(wrong).as("cells that differ from the role table").isEmpty();
    }

    @Test
    void everyConditionOfARowAnswersEveryRoleAsTheTableSays() {
        Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls = calls();
        Map<CanvasOperation, BiFunction<Fixture, Column, Call>> underCondition = callsThatBringAboutTheirCondition();
        List<String> wrong = new ArrayList<>();
        int conditions = 0;
        for (CanvasOperation operation : CanvasOperation.values()) {
            if (operation.condition().isEmpty()) {
                continue;
            }
            conditions++;
            CanvasCondition condition = operation.condition().orElseThrow();
            for (Column column : EnumSet.range(Column.PARTICIPANT, Column.ADMIN)) {
                Fixture fixture = new Fixture();
                fixture.bringAbout(condition);
                Call call = underCondition
                        .getOrDefault(operation, calls.get(operation))
                        .apply(fixture, column);
                int expected = column.expectedStatusUnder(operation, condition, call.success());
                Set<CanvasRole> refusing =
                        operation.allows(column.holds(operation)) ? condition.allowed() : operation.allowed();
                check(operation, column, call, expected, refusing, wrong);
            }
        }
        assertThat(conditions).as("rows with a condition").isEqualTo(10);
        assertThat(wrong)
                .as("cells under a condition that differ from the role table")
                .isEmpty();
    }

    /** A participant cannot restore a snapshot over the facilitator's lock; the facilitator can. */
    @Test
    void aParticipantCannotRestoreASnapshotOfALockedBoard() {
        Fixture fixture = new Fixture();
        String snapshot = fixture.snapshot();
        fixture.bringAbout(CanvasCondition.BOARD_LOCKED);
        String path = fixture.path() + "/snapshots/" + snapshot + "/restore";
        for (Column column : List.of(Column.PARTICIPANT, Column.OWNER)) {
            send(token(column), new Call("POST", path, null, fixture.canvasTag(), 200))
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body(
                            "type",
                            org.hamcrest.Matchers.equalTo(
                                    ProblemType.BOARD_LOCKED.uri().toString()));
        }
        send(token(Column.FACILITATOR), new Call("POST", path, null, fixture.canvasTag(), 200))
                .then()
                .statusCode(200);
    }

    @Test
    void aMalformedCanvasIdIsNotFoundAsItWasBeforeTheTable() {
        String participant = token(Column.PARTICIPANT);
        JsonPath read = given().auth()
                .oauth2(participant)
                .when()
                .get("/canvases/not-a-canvas")
                .then()
                .statusCode(404)
                .extract()
                .jsonPath();
        JsonPath write = given().auth()
                .oauth2(participant)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/canvases/not-a-canvas")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(write.getString("type")).isEqualTo(read.getString("type"));
        assertThat(write.getString("detail")).isEqualTo(read.getString("detail"));
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
        return Arrays.stream(CanvasOperation.values())
                .map(row -> new RoleTableDocumentation.Row(row.method(), row.path(), row.whoMay(), row.whoMayList()))
                .toList();
    }

    private void check(
            CanvasOperation operation,
            Column column,
            Call call,
            int expected,
            Set<CanvasRole> refusing,
            List<String> wrong) {
        assertThat(call.method() + " " + call.path())
                .as("the call of " + operation)
                .startsWith(operation.method() + " /");
        Response response = send(token(column), call);
        String cell = operation + " as " + column + ": ";
        if (response.statusCode() != expected) {
            wrong.add(cell + response.statusCode() + " instead of " + expected + " " + response.asString());
            return;
        }
        if (expected >= 400 && !response.contentType().startsWith("application/problem+json")) {
            wrong.add(cell + "no problem body: " + response.contentType());
        }
        if (expected == 403) {
            ProblemType type =
                    CanvasOperation.facilitatorOnly(refusing) ? ProblemType.NOT_THE_FACILITATOR : ProblemType.FORBIDDEN;
            // The admin-only rows are @RolesAllowed(admin) too, and that check answers before the table's filter.
            String detail = operation.allowed().equals(EnumSet.of(CanvasRole.ADMIN))
                    ? "Your roles do not allow this operation"
                    : "You may not do this here. " + operation.whoMay();
            JsonPath problem = response.jsonPath();
            if (!type.uri().toString().equals(problem.getString("type"))
                    || !detail.equals(problem.getString("detail"))) {
                wrong.add(cell + "not " + type + " \"" + detail + "\" but " + response.asString());
            }
        }
    }

    private String token(Column column) {
        String subject = subjects.get(column);
        return switch (column) {
            case OUTSIDER -> TestTokens.member(subject, CanvasTestData.localGroup());
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
            request = request.contentType(call.contentType()).body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }

    /**
     * A canvas of the test's local group, made by the owner with the facilitator named; what else a call needs is
     * made on demand, by the facilitator (whom neither the lock nor the rule on others' work stops).
     */
    private final class Fixture {
        final String canvas;
        private String note;
        private String snapshot;
        private String round;
        private String template;
        private JsonPath workshop;

        Fixture() {
            Map<String, Object> body = CanvasTestData.canvasBody(group, "Rollen");
            body.put("facilitator", subjects.get(Column.FACILITATOR));
            canvas = CanvasTestData.canvas(token(Column.OWNER), body);
        }

        String path() {
            return "/canvases/" + canvas;
        }

        String note() {
            if (note == null) {
                note = CanvasTestData.note(token(Column.FACILITATOR), canvas, "channels", "Een kanaal");
            }
            return note;
        }

        String notePath() {
            return path() + "/notes/" + note();
        }

        String noteTag() {
            return CanvasTestData.noteTag(token(Column.FACILITATOR), canvas, note());
        }

        String canvasTag() {
            return CanvasTestData.canvasTag(token(Column.FACILITATOR), canvas);
        }

        String facilitationTag() {
            return given().auth()
                    .oauth2(token(Column.FACILITATOR))
                    .when()
                    .get(path() + "/facilitation")
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
        }

        String snapshot() {
            if (snapshot == null) {
                snapshot = given().auth()
                        .oauth2(token(Column.FACILITATOR))
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "Voor de pauze"))
                        .when()
                        .post(path() + "/snapshots")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
            }
            return snapshot;
        }

        String round() {
            if (round == null) {
                round = given().auth()
                        .oauth2(token(Column.FACILITATOR))
                        .contentType(ContentType.JSON)
                        .header("If-Match", facilitationTag())
                        .body(Map.of("votesPerParticipant", 3))
                        .when()
                        .post(path() + "/voting-rounds")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("openRound.id");
            }
            return round;
        }

        void vote(Column column) {
            given().auth()
                    .oauth2(token(column))
                    .contentType(ContentType.JSON)
                    .body(Map.of("noteId", note()))
                    .when()
                    .post(path() + "/voting-rounds/" + round() + "/votes")
                    .then()
                    .statusCode(200);
        }

        Map<String, Object> export() {
            return given().auth()
                    .oauth2(token(Column.FACILITATOR))
                    .when()
                    .get(path() + "/export")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
        }

        String template() {
            if (template == null) {
                template = templateKey();
                given().auth()
                        .oauth2(token(Column.ADMIN))
                        .contentType(ContentType.JSON)
                        .body(CanvasTestData.twoBlockTemplate(template, 1, "Kansen"))
                        .when()
                        .post("/templates")
                        .then()
                        .statusCode(201);
            }
            return template;
        }

        /** A workshop of the test's local group, set up by the owner with the facilitator named as its one. */
        JsonPath workshop() {
            if (workshop == null) {
                Map<String, Object> body = WorkshopTestData.workshopBody(group, "full-day-cmc");
                body.put("facilitators", List.of(subjects.get(Column.FACILITATOR)));
                workshop = given().auth()
                        .oauth2(token(Column.OWNER))
                        .contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/workshops")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
            }
            return workshop;
        }

        String workshopPath() {
            return "/workshops/" + workshop().getString("id");
        }

        String workshopTag() {
            return WorkshopTestData.tag(token(Column.FACILITATOR), workshop().getString("id"));
        }

        /** The workshop's ETag once its quickscan has an answer to a block's question. */
        String answeredTag() {
            WorkshopTestData.change(
                            token(Column.FACILITATOR),
                            "PUT",
                            workshopPath() + "/quickscan",
                            Map.of("answers", Map.of("vision.0", "Samen sterker")),
                            workshop().getString("id"))
                    .statusCode(200);
            return workshopTag();
        }

        /** The workshop's ETag once the group is at its first step. */
        String atAStepTag() {
            facilitatorDoes("/steps/current", WorkshopTestData.moveTo(0));
            return workshopTag();
        }

        /** The workshop's ETag once the timer of the first step runs. */
        String timerRunningTag() {
            atAStepTag();
            facilitatorDoes("/timer/start", null);
            return workshopTag();
        }

        private void facilitatorDoes(String below, Object body) {
            WorkshopTestData.change(
                            token(Column.FACILITATOR),
                            "POST",
                            workshopPath() + below,
                            body,
                            workshop().getString("id"))
                    .statusCode(200);
        }

        /** Makes the canvas's state what the condition is about; a request's body brings about the others. */
        void bringAbout(CanvasCondition condition) {
            switch (condition) {
                case BOARD_LOCKED ->
                    given().auth()
                            .oauth2(token(Column.FACILITATOR))
                            .contentType(ContentType.JSON)
                            .header("If-Match", facilitationTag())
                            .body(Map.of("locked", true))
                            .when()
                            .put(path() + "/facilitation/lock")
                            .then()
                            .statusCode(200);
                case WORKED_ON_BY_OTHERS ->
                    CanvasTestData.note(token(Column.PARTICIPANT), canvas, "channels", "Van een deelnemer");
                case HANDING_OVER, ARCHIVING -> {}
            }
        }
    }

    private static String templateKey() {
        return "roles-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> noteContent() {
        return Map.of("text", "Herschreven", "colour", "blue", "valueTags", List.of(), "lensTags", List.of());
    }

    /** For the rows whose condition the request brings about, a call that does. */
    private Map<CanvasOperation, BiFunction<Fixture, Column, Call>> callsThatBringAboutTheirCondition() {
        Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls = new EnumMap<>(CanvasOperation.class);
        calls.put(
                CanvasOperation.UPDATE_CANVAS,
                (f, c) -> new Call(
                        "PUT",
                        f.path(),
                        Map.of("title", "Overgedragen", "facilitator", subjects.get(Column.PARTICIPANT)),
                        f.canvasTag(),
                        200));
        calls.put(
                CanvasOperation.CHANGE_STATUS,
                (f, c) -> new Call("PUT", f.path() + "/status", Map.of("status", "archived"), f.canvasTag(), 200));
        return calls;
    }

    private Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls() {
        Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls = new EnumMap<>(CanvasOperation.class);
        calls.put(
                CanvasOperation.CREATE_CANVAS,
                (f, c) -> new Call("POST", "/canvases", CanvasTestData.canvasBody(group, "Nieuw"), null, 201));
        calls.put(
                CanvasOperation.IMPORT_CANVAS,
                (f, c) -> new Call("POST", "/canvases/import?localGroup=" + group, f.export(), null, 201));
        calls.put(
                CanvasOperation.UPDATE_CANVAS,
                (f, c) -> new Call("PUT", f.path(), Map.of("title", "Nieuwe titel"), f.canvasTag(), 200));
        calls.put(
                CanvasOperation.CHANGE_STATUS,
                (f, c) -> new Call("PUT", f.path() + "/status", Map.of("status", "in-workshop"), f.canvasTag(), 200));
        calls.put(CanvasOperation.DELETE_CANVAS, (f, c) -> new Call("DELETE", f.path(), null, f.canvasTag(), 204));
        calls.put(
                CanvasOperation.ADD_NOTE,
                (f, c) ->
                        new Call("POST", f.path() + "/notes", CanvasTestData.noteBody("channels", "Nieuw"), null, 201));
        calls.put(
                CanvasOperation.ADD_NOTES_IN_BULK,
                (f, c) -> new Call(
                        "POST",
                        f.path() + "/notes/bulk",
                        Map.of("notes", List.of(CanvasTestData.noteBody("channels", "Nieuw"))),
                        null,
                        201));
        calls.put(CanvasOperation.UPDATE_NOTE, (f, c) -> {
            String path = f.notePath();
            return new Call("PUT", path, noteContent(), f.noteTag(), 200);
        });
        calls.put(CanvasOperation.PLACE_NOTE, (f, c) -> {
            String path = f.notePath() + "/placement";
            return new Call("PUT", path, Map.of("blockKey", "key-partners", "position", 0), f.noteTag(), 200);
        });
        calls.put(CanvasOperation.REMOVE_NOTE, (f, c) -> {
            String path = f.notePath();
            return new Call("DELETE", path, null, f.noteTag(), 204);
        });
        calls.put(
                CanvasOperation.COMMENT_ON_NOTE,
                (f, c) -> new Call("POST", f.notePath() + "/comments", Map.of("text", "Goed idee"), null, 201));
        calls.put(
                CanvasOperation.IMPORT_NOTES_CSV,
                (f, c) -> new Call(
                        "POST", f.path() + "/notes.csv", "block,text\r\nchannels,Uit CSV\r\n", "text/csv", null, 201));
        calls.put(
                CanvasOperation.TAKE_SNAPSHOT,
                (f, c) -> new Call("POST", f.path() + "/snapshots", Map.of("name", "Einde werkdag"), null, 201));
        calls.put(CanvasOperation.RESTORE_SNAPSHOT, (f, c) -> {
            String path = f.path() + "/snapshots/" + f.snapshot() + "/restore";
            return new Call("POST", path, null, f.canvasTag(), 200);
        });
        calls.put(
                CanvasOperation.SWITCH_HIDDEN_MODE,
                (f, c) -> new Call(
                        "PUT",
                        f.path() + "/facilitation/hidden-mode",
                        Map.of("hiddenMode", true),
                        f.facilitationTag(),
                        200));
        calls.put(
                CanvasOperation.REVEAL_HIDDEN_NOTES,
                (f, c) -> new Call("POST", f.path() + "/facilitation/reveal", Map.of(), f.facilitationTag(), 200));
        calls.put(
                CanvasOperation.LOCK_BOARD,
                (f, c) -> new Call(
                        "PUT", f.path() + "/facilitation/lock", Map.of("locked", true), f.facilitationTag(), 200));
        calls.put(
                CanvasOperation.MOVE_FOCUS,
                (f, c) -> new Call(
                        "PUT",
                        f.path() + "/facilitation/focus",
                        Map.of("blockKey", "channels"),
                        f.facilitationTag(),
                        200));
        calls.put(
                CanvasOperation.OPEN_VOTING_ROUND,
                (f, c) -> new Call(
                        "POST",
                        f.path() + "/voting-rounds",
                        Map.of("votesPerParticipant", 3),
                        f.facilitationTag(),
                        201));
        calls.put(CanvasOperation.CLOSE_VOTING_ROUND, (f, c) -> {
            String path = f.path() + "/voting-rounds/" + f.round() + "/close";
            return new Call("POST", path, null, f.facilitationTag(), 200);
        });
        calls.put(CanvasOperation.CAST_VOTE, (f, c) -> {
            String path = f.path() + "/voting-rounds/" + f.round() + "/votes";
            return new Call("POST", path, Map.of("noteId", f.note()), null, 200);
        });
        calls.put(CanvasOperation.WITHDRAW_VOTE, (f, c) -> {
            String path = f.path() + "/voting-rounds/" + f.round() + "/votes/" + f.note();
            if (c != Column.OUTSIDER) {
                f.vote(c);
            }
            return new Call("DELETE", path, null, null, 200);
        });
        calls.put(
                CanvasOperation.CREATE_TEMPLATE,
                (f, c) -> new Call(
                        "POST", "/templates", CanvasTestData.twoBlockTemplate(templateKey(), 1, "Kansen"), null, 201));
        calls.put(CanvasOperation.CREATE_TEMPLATE_VERSION, (f, c) -> {
            String key = f.template();
            return new Call(
                    "POST",
                    "/templates/" + key + "/versions",
                    CanvasTestData.twoBlockTemplate(key, 2, "Mogelijkheden"),
                    null,
                    201);
        });
        workshopCalls(calls);
        return calls;
    }

    private void workshopCalls(Map<CanvasOperation, BiFunction<Fixture, Column, Call>> calls) {
        calls.put(
                CanvasOperation.CREATE_WORKSHOP,
                (f, c) -> new Call(
                        "POST", "/workshops", WorkshopTestData.workshopBody(group, "half-day-theory"), null, 201));
        calls.put(CanvasOperation.UPDATE_WORKSHOP, (f, c) -> {
            Map<String, Object> body = WorkshopTestData.workshopBody(group, "full-day-cmc");
            body.remove("localGroup");
            body.remove("format");
            body.put("title", "Andere titel");
            return new Call("PUT", f.workshopPath(), body, f.workshopTag(), 200);
        });
        calls.put(
                CanvasOperation.CHANGE_WORKSHOP_STATUS,
                (f, c) -> new Call(
                        "PUT", f.workshopPath() + "/status", Map.of("status", "running"), f.workshopTag(), 200));
        calls.put(
                CanvasOperation.UPDATE_WORKSHOP_PARTICIPANTS,
                (f, c) -> new Call(
                        "PUT",
                        f.workshopPath() + "/participants",
                        Map.of("participants", WorkshopTestData.guests(2)),
                        f.workshopTag(),
                        200));
        calls.put(
                CanvasOperation.UPDATE_WORKSHOP_AGENDA,
                (f, c) -> new Call(
                        "PUT",
                        f.workshopPath() + "/agenda",
                        Map.of(
                                "items",
                                List.of(Map.of("title", Map.of("nl", "Welkom", "en", "Welcome"), "minutes", 10))),
                        f.workshopTag(),
                        200));
        calls.put(
                CanvasOperation.UPDATE_WORKSHOP_STEPS,
                (f, c) -> new Call(
                        "PUT",
                        f.workshopPath() + "/steps",
                        Map.of(
                                "steps",
                                List.of(Map.of(
                                        "canvasId",
                                        f.workshop().getString("canvasIds[0]"),
                                        "blockKey",
                                        "vision",
                                        "minutes",
                                        5))),
                        f.workshopTag(),
                        200));
        calls.put(
                CanvasOperation.UPDATE_WORKSHOP_NEXT_STEPS,
                (f, c) -> new Call(
                        "PUT",
                        f.workshopPath() + "/next-steps",
                        Map.of("nextSteps", List.of(Map.of("kind", "join-weconomics-network", "text", "Aansluiten"))),
                        f.workshopTag(),
                        200));
        calls.put(
                CanvasOperation.MOVE_TO_WORKSHOP_STEP,
                (f, c) -> new Call(
                        "POST", f.workshopPath() + "/steps/current", WorkshopTestData.moveTo(0), f.workshopTag(), 200));
        calls.put(
                CanvasOperation.UPDATE_WORKSHOP_QUICKSCAN,
                (f, c) -> new Call(
                        "PUT",
                        f.workshopPath() + "/quickscan",
                        Map.of("answers", Map.of("vision.0", "Samen sterker")),
                        f.workshopTag(),
                        200));
        calls.put(CanvasOperation.DRAFT_QUICKSCAN_NOTES, (f, c) -> {
            String tag = f.answeredTag();
            return new Call("POST", f.workshopPath() + "/quickscan/draft-notes", null, tag, 200);
        });
        calls.put(CanvasOperation.START_WORKSHOP_TIMER, (f, c) -> {
            String tag = f.atAStepTag();
            return new Call("POST", f.workshopPath() + "/timer/start", null, tag, 200);
        });
        calls.put(CanvasOperation.PAUSE_WORKSHOP_TIMER, (f, c) -> {
            String tag = f.timerRunningTag();
            return new Call("POST", f.workshopPath() + "/timer/pause", null, tag, 200);
        });
        calls.put(CanvasOperation.EXTEND_WORKSHOP_TIMER, (f, c) -> {
            String tag = f.timerRunningTag();
            return new Call("POST", f.workshopPath() + "/timer/extend", Map.of("minutes", 5), tag, 200);
        });
        calls.put(CanvasOperation.END_WORKSHOP_TIMER, (f, c) -> {
            String tag = f.timerRunningTag();
            return new Call("POST", f.workshopPath() + "/timer/end", null, tag, 200);
        });
    }
}
