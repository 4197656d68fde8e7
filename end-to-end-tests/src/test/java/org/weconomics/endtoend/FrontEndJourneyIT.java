package org.weconomics.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as a partner's browser front-end meets it: from an origin of its own (allowed by the operator's CORS list,
 * after a preflight), with Keycloak tokens, only through the gateway. It creates a canvas, a partnership with a partner
 * and a tension from a catalogue suggestion's key, and follows every {@code Location} it gets back without leaving
 * the gateway's {@code /api/…}; reads who the authors and members are by name; meets a 400/422 naming the field for a
 * facilitator, a representative and a partnership that do not exist; and finds the one list envelope on every list
 * route the served OpenAPI document has.
 */
@ExtendWith(RunningPlatform.class)
class FrontEndJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = RunningPlatform.PARTNER_ORIGIN;
    private static final List<String> ENVELOPE = List.of("items", "page", "size", "totalItems", "totalPages");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The ids the journey made, by the path segment that names their collection. */
    private final Map<String, Supplier<String>> idsByCollection = new HashMap<>();

    private final List<String> followedLocations = new ArrayList<>();

    @Test
    void aPartnersFrontEndWorksThroughTheGatewayFromItsOwnOrigin() throws Exception {
        preflightFromThePartnerOriginIsAllowedWithEveryDocumentedHeader();

        String admin = RunningPlatform.token("admin");
        String localGroup = "fe-" + Long.toString(System.nanoTime(), 36);
        setUpLocalGroupWith(admin, localGroup, "bram", "carla");
        String bram = RunningPlatform.token("bram");
        String carla = RunningPlatform.token("carla");
        String bramId = PartnershipJourneyIT.subjectOf(bram);
        String carlaId = PartnershipJourneyIT.subjectOf(carla);

        // A canvas, followed to where its Location says, and a note on it by carla.
        Response canvas = browser(bram)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "localGroup",
                        localGroup,
                        "templateKey",
                        "business-model-canvas",
                        "templateVersion",
                        1,
                        "title",
                        "Buurtrestaurant " + localGroup))
                .post("/api/canvas/canvases");
        assertThat(canvas.statusCode()).as(canvas.asString()).isEqualTo(201);
        String canvasId = follow(canvas, bram).path("id");
        idsByCollection.put("canvases", () -> canvasId);
        Response note = browser(carla)
                .body(Map.of("blockKey", "value-proposition", "text", "Warme maaltijden met lokale groenten"))
                .post("/api/canvas/canvases/" + canvasId + "/notes");
        assertThat(note.statusCode()).as(note.asString()).isEqualTo(201);
        JsonNode followedNote = JSON.readTree(follow(note, bram).asString());
        idsByCollection.put("notes", () -> followedNote.path("id").asText());

        // Who wrote it, and who the members are: by name, from the people directory the API exposes.
        assertThat(followedNote.path("author").asText()).isEqualTo(carlaId);
        Map<String, String> usernames = usernamesById(bram, localGroup);
        assertThat(usernames).containsEntry(carlaId, "carla").containsEntry(bramId, "bram");
        Response members = browser(admin).get("/api/partnership/local-groups/" + localGroup + "/members");
        assertThat(members.statusCode()).as(members.asString()).isEqualTo(200);
        assertThat(members.<List<String>>path("items.username")).containsExactlyInAnyOrder("bram", "carla");
        assertThat(members.<List<String>>path("items.displayName"))
                .allSatisfy(name -> assertThat(name).isNotBlank());

        // A facilitator who is no member of the local group: 400 naming the field.
        Response strangerFacilitates = browser(bram)
                .body(Map.of(
                        "localGroup",
                        localGroup,
                        "templateKey",
                        "business-model-canvas",
                        "templateVersion",
                        1,
                        "title",
                        "Met een vreemde begeleider",
                        "facilitator",
                        "nobody-" + localGroup))
                .post("/api/canvas/canvases");
        assertProblemNaming(strangerFacilitates, 400, "facilitator");

        // A partnership with a partner, each followed to its Location.
        Response partnership = browser(bram)
                .body(Map.of("localGroup", localGroup, "name", "Keuken & Co " + localGroup))
                .post("/api/partnership/partnerships");
        assertThat(partnership.statusCode()).as(partnership.asString()).isEqualTo(201);
        String partnershipId = follow(partnership, bram).path("id");
        idsByCollection.put("partnerships", () -> partnershipId);
        String partnerships = "/api/partnership/partnerships/" + partnershipId;
        Response organisation = browser(admin)
                .body(Map.of(
                        "name",
                        "De Keuken " + localGroup,
                        "sector",
                        "social-economy",
                        "registrationNumber",
                        "FE-" + localGroup))
                .post("/api/partnership/organisations");
        assertThat(organisation.statusCode()).as(organisation.asString()).isEqualTo(201);
        String organisationId = follow(organisation, admin).path("id");
        idsByCollection.put("organisations", () -> organisationId);
        Response partner = browser(bram)
                .body(Map.of("organisationId", organisationId, "role", "Keuken en bediening", "founding", true))
                .post(partnerships + "/partners");
        assertThat(partner.statusCode()).as(partner.asString()).isEqualTo(201);
        Response followedPartner = follow(partner, bram);
        String partnerId = followedPartner.path("id");
        idsByCollection.put("partners", () -> partnerId);

        // A representative who is no member: 400 naming the subject.
        Response strangerRepresents = browser(bram)
                .header("If-Match", followedPartner.header("ETag"))
                .body(Map.of("subjects", List.of("nobody-" + localGroup)))
                .put(partnerships + "/partners/" + partnerId + "/representatives");
        assertProblemNaming(strangerRepresents, 400, "subjects[0]");

        // A canvas for a partnership that does not exist: 422 naming partnershipId. For the new one it is created,
        // once canvas-service learnt of it from partnership-service's events (a front-end retries that 422 briefly).
        Map<String, Object> forPartnership = new LinkedHashMap<>(Map.of(
                "localGroup",
                localGroup,
                "templateKey",
                "partner-contribution-board",
                "templateVersion",
                1,
                "title",
                "Bijdrage van De Keuken",
                "partnershipId",
                UUID.randomUUID().toString()));
        Response unknownPartnership = browser(bram).body(forPartnership).post("/api/canvas/canvases");
        assertProblemNaming(unknownPartnership, 422, "partnershipId");
        assertThat(unknownPartnership.<String>path("type"))
                .isEqualTo("urn:problem-type:weconomics:unknown-partnership");
        forPartnership.put("partnershipId", partnershipId);
        forPartnership.put("partnerId", partnerId);
        Response board = await().atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> browser(bram).body(forPartnership).post("/api/canvas/canvases"),
                        answer -> !notKnownYet(answer));
        assertThat(board.statusCode()).as(board.asString()).isEqualTo(201);
        assertThat(follow(board, bram).<String>path("partnerId")).isEqualTo(partnerId);

        // A tension from a catalogue suggestion's key alone: title and value domain come from the catalogue.
        Response suggestions = browser(bram).get(partnerships + "/tension-suggestions");
        assertThat(suggestions.statusCode()).as(suggestions.asString()).isEqualTo(200);
        JsonNode suggestion = itemsOf(JSON.readTree(suggestions.asString())).get(0);
        Response tension = browser(carla)
                .body(Map.of("catalogueKey", suggestion.path("key").asText(), "severity", "high"))
                .post(partnerships + "/tensions");
        assertThat(tension.statusCode()).as(tension.asString()).isEqualTo(201);
        Response followedTension = follow(tension, carla);
        assertThat(followedTension.<String>path("title"))
                .isEqualTo(suggestion.path("title").asText());
        idsByCollection.put("tensions", () -> followedTension.path("id"));

        // What further lists hang on: a snapshot, a voting round and a workshop, each followed too.
        Response snapshot = browser(bram)
                .body(Map.of("name", "Na de eerste ronde"))
                .post("/api/canvas/canvases/" + canvasId + "/snapshots");
        assertThat(snapshot.statusCode()).as(snapshot.asString()).isEqualTo(201);
        String snapshotId = follow(snapshot, bram).path("id");
        idsByCollection.put("snapshots", () -> snapshotId);
        String facilitationTag = browser(bram)
                .get("/api/canvas/canvases/" + canvasId + "/facilitation")
                .header("ETag");
        Response round = browser(bram)
                .header("If-Match", facilitationTag)
                .body(Map.of("votesPerParticipant", 3))
                .post("/api/canvas/canvases/" + canvasId + "/voting-rounds");
        assertThat(round.statusCode()).as(round.asString()).isEqualTo(201);
        String roundId = follow(round, bram).path("id");
        idsByCollection.put("voting-rounds", () -> roundId);
        Response workshop = browser(bram)
                .body(Map.of(
                        "localGroup", localGroup,
                        "title", "Werkdag " + localGroup,
                        "date", "2027-03-18",
                        "startTime", "09:00",
                        "endTime", "17:00",
                        "place", "Wijkcentrum De Vonk",
                        "language", "nl",
                        "variant", "trainer-case",
                        "caseText", "Vijf thuiszorgorganisaties",
                        "format", "full-day-cmc"))
                .post("/api/canvas/workshops");
        assertThat(workshop.statusCode()).as(workshop.asString()).isEqualTo(201);
        String workshopId = follow(workshop, bram).path("id");
        idsByCollection.put("workshops", () -> workshopId);
        idsByCollection.put("templates", () -> "business-model-canvas");
        idsByCollection.put("local-groups", () -> localGroup);
        idsByCollection.put("earnings-models", () -> earningsModelOf(bram, partnershipId));
        assertThat(followedLocations).hasSizeGreaterThanOrEqualTo(10);

        everyListRouteOfTheServedDocumentAnswersTheOneEnvelope(
                admin, Map.of("partnershipId", partnershipId, "localGroup", localGroup));
    }

    private void preflightFromThePartnerOriginIsAllowedWithEveryDocumentedHeader() {
        List<String> requestHeaders =
                List.of("authorization", "content-type", "accept-language", "if-match", "idempotency-key");
        Response preflight = given().baseUri(RunningPlatform.gateway())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", String.join(",", requestHeaders))
                .options("/api/canvas/canvases");
        assertThat(preflight.statusCode()).as(preflight.headers().toString()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(lowerCaseList(preflight.header("Access-Control-Allow-Methods")))
                .contains("post", "put", "delete");
        assertThat(lowerCaseList(preflight.header("Access-Control-Allow-Headers")))
                .containsAll(requestHeaders);

        Response elsewhere = given().baseUri(RunningPlatform.gateway())
                .header("Origin", "https://not-allowed.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/canvas/canvases");
        assertThat(elsewhere.header("Access-Control-Allow-Origin"))
                .as("an origin nobody configured")
                .isNotEqualTo("https://not-allowed.example");
    }

    private void setUpLocalGroupWith(String admin, String localGroup, String... usernames) {
        Response community = browser(admin)
                .body(Map.of(
                        "name",
                        "Front-end community " + localGroup,
                        "domain",
                        "Blended business",
                        "networkLeader",
                        "Weconomics",
                        "revenueModel",
                        Map.of("payer", "both", "basis", "per-period", "amount", 10)))
                .post("/api/partnership/communities");
        assertThat(community.statusCode()).as(community.asString()).isEqualTo(201);
        String communityId = follow(community, admin).path("id");
        idsByCollection.put("communities", () -> communityId);
        Response group = browser(admin)
                .body(Map.of(
                        "key",
                        localGroup,
                        "name",
                        "Lokale groep " + localGroup,
                        "region",
                        "Oost-Vlaanderen",
                        "communityId",
                        communityId,
                        "contact",
                        Map.of("name", "Bram", "email", "bram@example.org")))
                .post("/api/partnership/local-groups");
        assertThat(group.statusCode()).as(group.asString()).isEqualTo(201);
        follow(group, admin);
        for (String username : usernames) {
            String groupTag = browser(admin)
                    .get("/api/partnership/local-groups/" + localGroup)
                    .header("ETag");
            Response added = browser(admin)
                    .header("If-Match", groupTag)
                    .body(Map.of("username", username))
                    .post("/api/partnership/local-groups/" + localGroup + "/members");
            assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        }
        for (String username : usernames) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> PartnershipJourneyIT.groupsOf(RunningPlatform.token(username))
                            .contains("/local-groups/" + localGroup));
        }
    }

    /**
     * Walks the merged document the gateway serves: every GET whose 200 answer the document calls a list (an array, or
     * an object with an {@code items} array) is called with the ids the journey made, and must answer — and be
     * documented as — the one envelope.
     */
    private void everyListRouteOfTheServedDocumentAnswersTheOneEnvelope(String token, Map<String, String> queryValues)
            throws Exception {
        Response served = given().baseUri(RunningPlatform.gateway()).get("/openapi");
        assertThat(served.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(served.asString());
        List<String> listRoutes = new ArrayList<>();
        List<String> notTheEnvelope = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            JsonNode schema = resolve(document, get.at("/responses/200/content/application~1json/schema"));
            boolean list = "array".equals(schema.path("type").asText())
                    || "array"
                            .equals(resolve(document, schema.at("/properties/items"))
                                    .path("type")
                                    .asText());
            if (!list) {
                continue;
            }
            listRoutes.add(path.getKey());
            List<String> documented = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(documented::add);
            if (!documented.containsAll(ENVELOPE)) {
                notTheEnvelope.add("GET " + path.getKey() + " is documented as " + describe(schema));
            }
            RequestSpecification request = browser(token);
            for (JsonNode parameter : parameters(path.getValue(), get)) {
                if ("query".equals(parameter.path("in").asText())
                        && parameter.path("required").asBoolean()) {
                    String name = parameter.path("name").asText();
                    assertThat(queryValues)
                            .as("a value for the required query parameter " + name + " of GET " + path.getKey())
                            .containsKey(name);
                    request = request.queryParam(name, queryValues.get(name));
                }
            }
            Response answer = request.get(withIds(path.getKey()));
            if (answer.statusCode() != 200) {
                notTheEnvelope.add(
                        "GET " + path.getKey() + " answered " + answer.statusCode() + ": " + answer.asString());
                continue;
            }
            JsonNode body = JSON.readTree(answer.asString());
            boolean envelope = body.isObject()
                    && body.path("items").isArray()
                    && body.path("page").isInt()
                    && body.path("size").isInt()
                    && body.path("totalItems").isIntegralNumber()
                    && body.path("totalPages").isInt();
            if (!envelope) {
                String shape = body.isArray() ? "a bare array" : "an object with " + fieldsOf(body);
                notTheEnvelope.add("GET " + path.getKey() + " answered " + shape);
            }
        }
        assertThat(listRoutes)
                .as("list routes of the served document")
                .hasSizeGreaterThanOrEqualTo(20)
                .contains(
                        "/api/canvas/canvases/{canvasId}/notes",
                        "/api/partnership/partnerships",
                        "/api/partnership/people");
        assertThat(notTheEnvelope)
                .as("list routes without the envelope {items, page, size, totalItems, totalPages}")
                .isEmpty();
    }

    /** The path with each parameter replaced by the id of what the journey made in the collection before it. */
    private String withIds(String template) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String before = template.substring(0, parameter.start());
            String[] segments = before.split("/");
            String collection = segments[segments.length - 1];
            Supplier<String> id = idsByCollection.get(collection);
            assertThat(id)
                    .as("an id the journey made for {" + parameter.group(1) + "} of " + template)
                    .isNotNull();
            parameter.appendReplacement(path, Matcher.quoteReplacement(id.get()));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private String earningsModelOf(String token, String partnershipId) {
        Response model = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> browser(token)
                                .queryParam("partnershipId", partnershipId)
                                .get("/api/finance/earnings-models"),
                        answer -> answer.statusCode() == 200
                                && (answer.path("id") != null || answer.path("items[0].id") != null));
        String id = model.path("id");
        return id != null ? id : model.path("items[0].id");
    }

    /**
     * Follows a 201's Location as a browser does: an absolute URL of the gateway under {@code /api/}, answering 200
     * with the same ETag the creation sent (where both carry one).
     */
    private Response follow(Response created, String token) {
        String location = created.header("Location");
        assertThat(location)
                .as("Location of " + created.asString())
                .isNotNull()
                .startsWith(RunningPlatform.gateway() + "/api/");
        Response followed = browser(token).get(location);
        assertThat(followed.statusCode())
                .as(location + ": " + followed.asString())
                .isEqualTo(200);
        // A voting round's creation answers the facilitation state's ETag; the round itself carries none.
        if (created.header("ETag") != null && followed.header("ETag") != null) {
            assertThat(followed.header("ETag")).as("ETag at " + location).isEqualTo(created.header("ETag"));
        }
        followedLocations.add(location);
        return followed;
    }

    private Map<String, String> usernamesById(String token, String localGroup) {
        Response people = browser(token)
                .queryParam("localGroup", localGroup)
                .queryParam("size", 200)
                .get("/api/partnership/people");
        assertThat(people.statusCode()).as(people.asString()).isEqualTo(200);
        List<String> ids = people.path("items.id");
        List<String> names = people.path("items.username");
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), names.get(i));
        }
        return byId;
    }

    /**
     * A call from the partner's front-end: its Origin on every request, and on every answer the CORS headers a browser
     * needs to let the front-end read it (the origin allowed, the headers it reads exposed).
     */
    private static RequestSpecification browser(String token) {
        Filter corsChecked = (request, response, context) -> {
            Response answer = context.next(request, response);
            assertThat(answer.header("Access-Control-Allow-Origin"))
                    .as("Access-Control-Allow-Origin of " + request.getMethod() + " " + request.getURI())
                    .isEqualTo(ORIGIN);
            assertThat(lowerCaseList(answer.header("Access-Control-Expose-Headers")))
                    .as("Access-Control-Expose-Headers of " + request.getMethod() + " " + request.getURI())
                    .contains("etag", "location", "content-disposition", "idempotent-replayed", "retry-after");
            return answer;
        };
        return given().baseUri(RunningPlatform.gateway())
                .header("Origin", ORIGIN)
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .filter(corsChecked);
    }

    private static void assertProblemNaming(Response answer, int status, String field) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.<List<String>>path("invalidFields.field")).contains(field);
    }

    /** canvas-service has not learnt of the partnership or its partner from their events yet. */
    private static boolean notKnownYet(Response answer) {
        return answer.statusCode() == 422
                && List.of(
                                "urn:problem-type:weconomics:unknown-partnership",
                                "urn:problem-type:weconomics:not-a-current-partner")
                        .contains(answer.<String>path("type"));
    }

    private static List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(all::add);
        operation.path("parameters").forEach(all::add);
        return all;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.path("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static List<JsonNode> itemsOf(JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        (list.isArray() ? list : list.path("items")).forEach(items::add);
        return items;
    }

    private static String describe(JsonNode schema) {
        return "array".equals(schema.path("type").asText())
                ? "a bare array"
                : "an object with " + fieldsOf(schema.path("properties"));
    }

    private static List<String> fieldsOf(JsonNode object) {
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static List<String> lowerCaseList(String header) {
        if (header == null) {
            return List.of();
        }
        return Arrays.stream(header.split(","))
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
