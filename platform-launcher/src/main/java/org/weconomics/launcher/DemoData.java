package org.weconomics.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fills a new platform with the four partnerships of the ESF report, through the public API only (the
 * gateway, with the demo users' tokens from Keycloak), from the data files in {@code demo-data/}: the
 * community and local groups (as admin), the partner organisations, and per case the partnership with
 * its type, partners, contributions and value chain (as anna, member of local group gent).
 */
final class DemoData {

    /** What was loaded, for the progress line. */
    record Loaded(int partnerships, int partners, int activities, int canvases, int notes, int tensions) {

        String summary() {
            return partnerships + " ESF partnerships with " + partners + " partners, " + activities
                    + " value-chain activities, " + canvases + " canvases with " + notes + " notes and " + tensions
                    + " hybrid tensions";
        }
    }

    private static final String CANVAS_API = "/api/canvas";
    private static final String FINANCE_API = "/api/finance";
    private static final Map<String, String> CONTRIBUTION_BLOCKS = Map.of(
            "productsAndServices", "products-and-services",
            "gainCreators", "gain-creators",
            "painRelievers", "pain-relievers");
    /** The report gives no severity for the cases' tensions; the demo records them all as medium. */
    private static final String DEMO_SEVERITY = "medium";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNERSHIP_API = "/api/partnership";
    private static final String DEMO_LOCAL_GROUP = "gent";

    private final PlatformSettings settings;
    private final GatewayClient gateway;

    DemoData(PlatformSettings settings) {
        this.settings = settings;
        this.gateway = new GatewayClient(settings);
    }

    Loaded load() {
        String admin = gateway.token("admin", "admin");
        String member = gateway.token("anna", "anna");
        JsonNode setup = read(settings.repository().resolve("demo-data/platform/setup.json"));
        JsonNode community = setup.path("community");
        String communityId = gateway.findInList(
                        PARTNERSHIP_API + "/communities?size=200",
                        admin,
                        "name",
                        community.path("name").asText())
                .orElseGet(() -> gateway.post(PARTNERSHIP_API + "/communities", admin, community)
                        .body())
                .path("id")
                .asText();
        for (JsonNode localGroup : setup.path("localGroups")) {
            String key = localGroup.path("key").asText();
            if (gateway.getIfExists(PARTNERSHIP_API + "/local-groups/" + key, admin)
                    .isEmpty()) {
                ObjectNode request = localGroup.deepCopy();
                request.remove("members");
                request.put("communityId", communityId);
                gateway.post(PARTNERSHIP_API + "/local-groups", admin, request);
            }
            registerMembers(admin, key, localGroup.path("members"));
        }
        int partners = 0;
        int activities = 0;
        int canvases = 0;
        int notes = 0;
        int tensions = 0;
        List<JsonNode> cases = esfCases();
        for (JsonNode esfCase : cases) {
            if (alreadyLoaded(member, esfCase)) {
                continue;
            }
            Map<String, String> organisations = registerOrganisations(admin, esfCase);
            String partnershipId = createPartnership(member, esfCase);
            Map<String, GatewayClient.Answer> joined = joinPartners(member, partnershipId, esfCase, organisations);
            partners += joined.size();
            recordContributions(member, partnershipId, esfCase, joined);
            Map<String, String> partnerIds = new LinkedHashMap<>();
            joined.forEach((name, partner) ->
                    partnerIds.put(name, partner.body().path("id").asText()));
            activities += recordValueChain(member, partnershipId, esfCase, partnerIds);
            notes += drawBlendedCanvas(member, partnershipId, esfCase);
            canvases++;
            for (JsonNode contribution : esfCase.path("contributions")) {
                String partnerId = partnerIds.get(contribution.path("partner").asText());
                if (partnerId != null) {
                    notes += drawContributionBoard(member, partnershipId, partnerId, contribution);
                    canvases++;
                }
            }
            tensions += registerTensions(member, partnershipId, esfCase);
            chooseDistribution(member, partnershipId, esfCase);
        }
        try {
            Files.writeString(settings.demoDataMarker(), "loaded\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Loaded(cases.size(), partners, activities, canvases, notes, tensions);
    }

    /**
     * Registers the demo realm's memberships with partnership-service, the source of membership, by username: the
     * service looks the users up in Keycloak and its mirror finds them in the realm's groups already, so that the
     * realm and the API agree from the first start on.
     */
    private void registerMembers(String admin, String localGroup, JsonNode usernames) {
        String members = PARTNERSHIP_API + "/local-groups/" + localGroup + "/members";
        for (JsonNode username : usernames) {
            if (gateway.findInList(members + "?size=200", admin, "username", username.asText())
                    .isEmpty()) {
                gateway.post(members, admin, JSON.createObjectNode().put("username", username.asText()));
            }
        }
    }

    /**
     * A case whose partnership exists was loaded by an earlier start that stopped half-way; loading goes on
     * with the next case rather than failing on it again.
     */
    private boolean alreadyLoaded(String member, JsonNode esfCase) {
        String name = esfCase.path("name").asText();
        return gateway.findInList(
                        PARTNERSHIP_API + "/partnerships?localGroup=" + DEMO_LOCAL_GROUP + "&name="
                                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&size=200",
                        member,
                        "name",
                        name)
                .isPresent();
    }

    private Map<String, String> registerOrganisations(String admin, JsonNode esfCase) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode partner : esfCase.path("partners")) {
            String name = partner.path("name").asText();
            Optional<JsonNode> registered = gateway.findInList(
                    PARTNERSHIP_API + "/organisations?size=200&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                    admin,
                    "name",
                    name);
            if (registered.isPresent()) {
                ids.put(name, registered.get().path("id").asText());
                continue;
            }
            ObjectNode organisation = JSON.createObjectNode()
                    .put("name", name)
                    .put("sector", partner.path("sector").asText())
                    // The report names no registration numbers; the demo marks its own as such.
                    .put("registrationNumber", "DEMO-" + esfCase.path("key").asText() + "-" + slug(name));
            ids.put(
                    name,
                    gateway.post(PARTNERSHIP_API + "/organisations", admin, organisation)
                            .body()
                            .path("id")
                            .asText());
        }
        return ids;
    }

    private String createPartnership(String member, JsonNode esfCase) {
        ObjectNode partnership = JSON.createObjectNode()
                .put("localGroup", DEMO_LOCAL_GROUP)
                .put("name", esfCase.path("name").asText())
                .put("description", dutch(esfCase.path("summary")));
        GatewayClient.Answer created = gateway.post(PARTNERSHIP_API + "/partnerships", member, partnership);
        String id = created.body().path("id").asText();
        JsonNode typology = esfCase.path("typology");
        partnership.remove("localGroup");
        partnership
                .put("businessModel", typology.path("businessModel").asText())
                .put("activities", typology.path("activities").asText());
        gateway.put(PARTNERSHIP_API + "/partnerships/" + id, member, partnership, created.entityTag());
        return id;
    }

    private Map<String, GatewayClient.Answer> joinPartners(
            String member, String partnershipId, JsonNode esfCase, Map<String, String> organisations) {
        Map<String, GatewayClient.Answer> joined = new LinkedHashMap<>();
        for (JsonNode partner : esfCase.path("partners")) {
            String name = partner.path("name").asText();
            ObjectNode join = JSON.createObjectNode()
                    .put("organisationId", organisations.get(name))
                    .put("role", truncate(dutch(partner.path("role")), 500))
                    .put("founding", partner.path("founding").asBoolean(true));
            joined.put(
                    name, gateway.post(PARTNERSHIP_API + "/partnerships/" + partnershipId + "/partners", member, join));
        }
        return joined;
    }

    private void recordContributions(
            String member, String partnershipId, JsonNode esfCase, Map<String, GatewayClient.Answer> partners) {
        for (JsonNode contribution : esfCase.path("contributions")) {
            GatewayClient.Answer partner =
                    partners.get(contribution.path("partner").asText());
            if (partner == null) {
                continue;
            }
            ObjectNode request = JSON.createObjectNode();
            for (String list : List.of("productsAndServices", "gainCreators", "painRelievers")) {
                ArrayNode items = request.putArray(list);
                contribution.path(list).forEach(item -> items.add(truncate(dutch(item), 500)));
            }
            gateway.put(
                    PARTNERSHIP_API + "/partnerships/" + partnershipId + "/partners/"
                            + partner.body().path("id").asText() + "/contributions",
                    member,
                    request,
                    partner.entityTag());
        }
    }

    private int recordValueChain(
            String member, String partnershipId, JsonNode esfCase, Map<String, String> partnerIds) {
        int activities = 0;
        for (JsonNode step : esfCase.path("valueChain")) {
            ObjectNode activity = JSON.createObjectNode()
                    .put("name", truncate(dutch(step.path("name")), 200))
                    .put("description", truncate(dutch(step.path("responsibleLabel")), 2000));
            ArrayNode responsible = activity.putArray("responsiblePartnerIds");
            List<String> responsibleIds = new ArrayList<>();
            step.path("responsible").forEach(name -> {
                String id = partnerIds.get(name.asText());
                if (id != null) {
                    responsible.add(id);
                    responsibleIds.add(id);
                }
            });
            if (responsibleIds.isEmpty()) {
                partnerIds.values().stream().findFirst().ifPresent(responsible::add);
            }
            ArrayNode subActions = activity.putArray("subActions");
            step.path("subActions")
                    .forEach(subAction -> subActions.addObject().put("name", truncate(dutch(subAction), 200)));
            gateway.post(
                    PARTNERSHIP_API + "/partnerships/" + partnershipId + "/value-chain/activities", member, activity);
            activities++;
        }
        return activities;
    }

    private int drawBlendedCanvas(String member, String partnershipId, JsonNode esfCase) {
        String canvasId = createCanvas(
                member,
                partnershipId,
                null,
                "blended-business-model-canvas",
                "Blended BMC — " + esfCase.path("name").asText(),
                dutch(esfCase.path("valueProposition")));
        ArrayNode notes = JSON.createArrayNode();
        esfCase.path("blendedCanvasNotes").fields().forEachRemaining(block -> block.getValue()
                .forEach(note ->
                        notes.addObject().put("blockKey", block.getKey()).put("text", truncate(dutch(note), 2000))));
        return addNotes(member, canvasId, notes);
    }

    private int drawContributionBoard(String member, String partnershipId, String partnerId, JsonNode contribution) {
        String canvasId = createCanvas(
                member,
                partnershipId,
                partnerId,
                "partner-contribution-board",
                "Bijdrage van " + contribution.path("partner").asText(),
                null);
        ArrayNode notes = JSON.createArrayNode();
        CONTRIBUTION_BLOCKS.forEach((list, block) -> contribution.path(list).forEach(note -> notes.addObject()
                .put("blockKey", block)
                .put("text", truncate(dutch(note), 2000))
                .put("colour", "green")));
        return addNotes(member, canvasId, notes);
    }

    private String createCanvas(
            String member, String partnershipId, String partnerId, String template, String title, String topic) {
        ObjectNode canvas = JSON.createObjectNode()
                .put("localGroup", DEMO_LOCAL_GROUP)
                .put("partnershipId", partnershipId)
                .put("templateKey", template)
                .put("templateVersion", 1)
                .put("title", truncate(title, 200));
        if (partnerId != null) {
            canvas.put("partnerId", partnerId);
        }
        if (topic != null && !topic.isBlank()) {
            canvas.put("topic", truncate(topic, 2000));
        }
        // The partnership and its partners were created a moment ago: canvas-service learns of them from their events.
        return gateway.postWhenKnown(
                        CANVAS_API + "/canvases",
                        member,
                        canvas,
                        Duration.ofSeconds(15),
                        "urn:problem-type:weconomics:unknown-partnership",
                        "urn:problem-type:weconomics:not-a-current-partner")
                .body()
                .path("id")
                .asText();
    }

    private int addNotes(String member, String canvasId, ArrayNode notes) {
        if (notes.isEmpty()) {
            return 0;
        }
        gateway.post(
                CANVAS_API + "/canvases/" + canvasId + "/notes/bulk",
                member,
                JSON.createObjectNode().set("notes", notes));
        return notes.size();
    }

    private int registerTensions(String member, String partnershipId, JsonNode esfCase) {
        int registered = 0;
        for (JsonNode tension : esfCase.path("tensions")) {
            ObjectNode request = JSON.createObjectNode()
                    .put("title", truncate(dutch(tension.path("title")), 200))
                    .put("description", truncate(dutch(tension.path("description")), 4000))
                    .put("valueDomain", tension.path("valueDomain").asText())
                    .put("severity", DEMO_SEVERITY);
            if (tension.hasNonNull("bmcBlock")) {
                request.put("bmcBlock", tension.path("bmcBlock").asText());
            }
            if (tension.hasNonNull("priorityCategory")) {
                request.put("category", tension.path("priorityCategory").asText());
            }
            if (tension.hasNonNull("relatedTensionKey")) {
                request.put("catalogueKey", tension.path("relatedTensionKey").asText());
            }
            gateway.post(PARTNERSHIP_API + "/partnerships/" + partnershipId + "/tensions", member, request);
            registered++;
        }
        return registered;
    }

    /**
     * The margin distribution the report describes (e.g. the 50 % rule). The model takes in the partners and
     * the value chain from events while this runs, so a write based on a version just overtaken is retried.
     */
    private void chooseDistribution(String member, String partnershipId, JsonNode esfCase) {
        String method = esfCase.path("earningsModel")
                .path("marginDistribution")
                .path("method")
                .asText("");
        if (!"equal-split".equals(method)) {
            return;
        }
        String path = FINANCE_API + "/earnings-models?partnershipId=" + partnershipId;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                JsonNode found = gateway.get(path, member).body().path("items");
                if (found.isEmpty()) {
                    throw new IllegalStateException("The earnings model of " + partnershipId + " is not there yet");
                }
                String modelPath = FINANCE_API + "/earnings-models/"
                        + found.path(0).path("id").asText();
                GatewayClient.Answer model = gateway.get(modelPath, member);
                gateway.put(
                        modelPath + "/distribution",
                        member,
                        JSON.createObjectNode().put("key", "equal-split"),
                        model.entityTag());
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private List<JsonNode> esfCases() {
        Path directory = settings.repository().resolve("demo-data/esf-cases");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .map(DemoData::read)
                    .sorted((a, b) -> Integer.compare(
                            a.path("order").asInt(), b.path("order").asInt()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data in " + directory, e);
        }
    }

    /** A bilingual text of the case files: the Dutch text, as users write it. */
    private static String dutch(JsonNode node) {
        return node.isObject() ? node.path("nl").asText(node.path("en").asText()) : node.asText();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
