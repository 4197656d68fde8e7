package org.weconomics.endtoend.resilience;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small, complete set of data in a local group of its own, made through the gateway as an admin: a
 * community, the local group, an organisation that joined a partnership, a value-chain activity, a hybrid
 * tension, a canvas with a note, and the partnership's earnings model. The sweep aims its bad requests at
 * these objects, so that a request that should have been refused would change something visible.
 */
final class SweepFixture {

    private static final String TEMPLATE = "blended-business-model-canvas";

    private final GatewayCalls gateway;
    private final Map<String, String> idsBySegment = new LinkedHashMap<>();
    private final String localGroup;
    private String communityId;
    private String organisationId;
    private String partnershipId;
    private String partnerId;
    private String tensionId;
    private String canvasId;
    private String workshopId;
    private String noteId;
    private String modelId;

    SweepFixture(GatewayCalls gateway) {
        this.gateway = gateway;
        this.localGroup = "sweep-" + Long.toString(System.currentTimeMillis(), 36);
    }

    SweepFixture create() {
        communityId = gateway.create(
                "/api/partnership/communities",
                "{\"name\":\"Sweep community " + localGroup + "\",\"domain\":\"Blended business\","
                        + "\"networkLeader\":\"Weconomics\",\"revenueModel\":{\"payer\":\"both\",\"basis\":\"per-period\","
                        + "\"amount\":10}}");
        gateway.write(
                "POST",
                "/api/partnership/local-groups",
                "{\"key\":\"" + localGroup + "\",\"name\":\"Sweep " + localGroup + "\",\"region\":\"Limburg\","
                        + "\"communityId\":\"" + communityId + "\",\"contact\":{\"name\":\"Sweep\","
                        + "\"email\":\"sweep@example.org\"}}",
                null);
        organisationId = gateway.create(
                "/api/partnership/organisations",
                "{\"name\":\"Sweep partner " + localGroup + "\",\"sector\":\"social-economy\","
                        + "\"registrationNumber\":\"SWEEP-" + localGroup + "\"}");
        partnershipId = gateway.create(
                "/api/partnership/partnerships",
                "{\"localGroup\":\"" + localGroup + "\",\"name\":\"Sweep partnership\"}");
        String partnerships = "/api/partnership/partnerships/" + partnershipId;
        partnerId = gateway.create(
                partnerships + "/partners",
                "{\"organisationId\":\"" + organisationId + "\",\"role\":\"Productie\",\"founding\":true}");
        JsonNode activity = gateway.write(
                "POST",
                partnerships + "/value-chain/activities",
                "{\"name\":\"Productie\",\"responsiblePartnerIds\":[\"" + partnerId + "\"],\"subActions\":[{\"name\":"
                        + "\"Zagen\",\"responsiblePartnerId\":\"" + partnerId + "\"}]}",
                null);
        tensionId = gateway.create(
                partnerships + "/tensions",
                "{\"title\":\"Verdeelsleutel\",\"description\":\"Herinvesteren of uitkeren\",\"valueDomain\":"
                        + "\"value-capture\",\"bmcBlock\":\"revenue-streams\",\"category\":\"strategic\",\"severity\":"
                        + "\"high\",\"ownerPartnerId\":\"" + partnerId + "\"}");
        canvasId = gateway.createForNewPartnership(
                "/api/canvas/canvases",
                "{\"localGroup\":\"" + localGroup + "\",\"partnershipId\":\"" + partnershipId + "\",\"templateKey\":\""
                        + TEMPLATE + "\",\"templateVersion\":1,\"title\":\"Sweep canvas\"}");
        noteId = gateway.create(
                "/api/canvas/canvases/" + canvasId + "/notes",
                "{\"blockKey\":\"value-proposition\",\"text\":\"Betaalbare woningen\"}");
        workshopId = gateway.create(
                "/api/canvas/workshops",
                "{\"localGroup\":\"" + localGroup + "\",\"title\":\"Sweep workshop\",\"date\":\"2027-03-18\","
                        + "\"startTime\":\"09:00\",\"endTime\":\"17:00\",\"place\":\"Wijkcentrum De Vonk\","
                        + "\"language\":\"nl\",\"variant\":\"trainer-case\",\"caseText\":\"Vijf thuiszorgorganisaties\","
                        + "\"format\":\"full-day-cmc\"}");
        String subActionId = activity.path("subActions").path(0).path("id").asText();
        modelId = GatewayCalls.parse(await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> gateway.get("/api/finance/earnings-models?partnershipId=" + partnershipId),
                                response -> response.statusCode() == 200
                                        && response.body().contains("\"totalItems\":1"))
                        .body())
                .path("items")
                .path(0)
                .path("id")
                .asText();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.get("/api/finance/earnings-models/" + modelId + "/cost-structure")
                        .body()
                        .contains(subActionId));

        idsBySegment.put("communities", communityId);
        idsBySegment.put("local-groups", localGroup);
        idsBySegment.put("organisations", organisationId);
        idsBySegment.put("partnerships", partnershipId);
        idsBySegment.put("partners", partnerId);
        idsBySegment.put("activities", activity.path("id").asText());
        idsBySegment.put("tensions", tensionId);
        idsBySegment.put("elements", "3");
        idsBySegment.put("canvases", canvasId);
        idsBySegment.put("workshops", workshopId);
        idsBySegment.put("notes", noteId);
        idsBySegment.put("templates", TEMPLATE);
        idsBySegment.put("earnings-models", modelId);
        idsBySegment.put("sub-actions", subActionId);
        return this;
    }

    /** The path with each parameter replaced by the fixture's object named by the segment before it. */
    String resolve(String pathTemplate) {
        String[] segments = pathTemplate.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                segments[i] = idsBySegment.getOrDefault(
                        segments[i - 1], UUID.randomUUID().toString());
            }
        }
        return String.join("/", segments);
    }

    /** Reads of everything the fixture holds, and of the lists a wrongly accepted creation would grow. */
    List<String> reads() {
        String partnerships = "/api/partnership/partnerships/" + partnershipId;
        String model = "/api/finance/earnings-models/" + modelId;
        String canvas = "/api/canvas/canvases/" + canvasId;
        return List.of(
                "/api/partnership/communities?size=200",
                "/api/partnership/communities/" + communityId,
                "/api/partnership/local-groups/" + localGroup,
                "/api/partnership/local-groups/" + localGroup + "/members",
                "/api/partnership/organisations?size=200",
                "/api/partnership/organisations/" + organisationId,
                "/api/partnership/partnerships?localGroup=" + localGroup + "&size=200",
                partnerships,
                partnerships + "/partners",
                partnerships + "/partners/" + partnerId,
                partnerships + "/value-chain",
                partnerships + "/tensions",
                partnerships + "/tensions/" + tensionId,
                partnerships + "/tensions/" + tensionId + "/history",
                partnerships + "/agreement",
                partnerships + "/assessments",
                partnerships + "/assessments/history",
                partnerships + "/questionnaire/partners/" + partnerId,
                "/api/canvas/templates?size=200",
                "/api/canvas/templates/" + TEMPLATE + "/versions",
                "/api/canvas/canvases?localGroup=" + localGroup + "&size=200",
                canvas,
                canvas + "/notes",
                canvas + "/notes/" + noteId + "/comments",
                "/api/canvas/workshops/" + workshopId,
                model,
                model + "/parties",
                model + "/cost-structure",
                model + "/pricing",
                model + "/distribution",
                model + "/projection");
    }

    /** Every read's status and body. */
    Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        for (String read : reads()) {
            HttpResponse<String> response = gateway.get(read);
            snapshot.put(read, response.statusCode() + " " + response.body());
        }
        return snapshot;
    }
}
