package org.weconomics.performance.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.performance.HarnessSettings;
import org.weconomics.performance.api.ApiClient;

/**
 * How the cost of a read grows with what it reads: canvases with more notes, earnings models with more
 * value-chain activities and more parties. Each read is timed on its own, one after the other, directly at
 * the service (so the gateway's share and any queueing stay out), after a few untimed reads.
 */
public final class CostGrowth {

    private static final int WARM_UP_READS = 5;
    private static final Duration MODEL_DEADLINE = Duration.ofMinutes(2);

    /** The reads of a canvas, by the label shown in the table. */
    static final Map<String, String> CANVAS_READS = orderedMap(
            "notes (JSON)", "/notes",
            "export (JSON)", "/export",
            "picture (SVG)", "/picture.svg");

    /** The reads of an earnings model that calculate its figures. */
    static final Map<String, String> MODEL_READS = orderedMap(
            "cost structure", "/cost-structure",
            "pricing", "/pricing",
            "distribution", "/distribution",
            "projection", "/projection",
            "workbook (.xlsx)", "/workbook");

    private final HarnessSettings settings;
    private final CanvasFixtures canvases;
    private final ApiClient gatewayAsMember;
    private final ApiClient gatewayAsAdmin;
    private final ApiClient canvasService;
    private final ApiClient financeService;

    public CostGrowth(
            HarnessSettings settings,
            CanvasFixtures canvases,
            ApiClient gatewayAsMember,
            ApiClient gatewayAsAdmin,
            ApiClient canvasService,
            ApiClient financeService) {
        this.settings = settings;
        this.canvases = canvases;
        this.gatewayAsMember = gatewayAsMember;
        this.gatewayAsAdmin = gatewayAsAdmin;
        this.canvasService = canvasService;
        this.financeService = financeService;
    }

    /** One point of a series: its size, and per read the median and p99 in ms and the answer's size. */
    public record Point(String size, Map<String, Timing> reads) {}

    public record Timing(double p50, double p99, long bytes) {}

    public record Results(List<Point> canvases, List<Point> modelsByActivities, List<Point> modelsByParties) {}

    public Results run() {
        List<Point> canvasPoints = new ArrayList<>();
        for (int notes : settings.noteCounts()) {
            System.out.printf("Canvas read cost with %d notes ...%n", notes);
            String id = canvases.canvasWithNotes(notes);
            canvasPoints.add(new Point(notes + " notes", time(canvasService, "/canvases/" + id, CANVAS_READS)));
        }
        List<String> organisations = organisations(Math.max(
                settings.fixedParties(),
                settings.partyCounts().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0)));
        List<Point> byActivities = new ArrayList<>();
        for (int activities : settings.activityCounts()) {
            byActivities.add(modelPoint(organisations, settings.fixedParties(), activities));
        }
        List<Point> byParties = new ArrayList<>();
        for (int parties : settings.partyCounts()) {
            byParties.add(modelPoint(organisations, parties, settings.fixedActivities()));
        }
        return new Results(canvasPoints, byActivities, byParties);
    }

    private Point modelPoint(List<String> organisations, int parties, int activities) {
        System.out.printf("Earnings model cost with %d parties and %d activities ...%n", parties, activities);
        String model = modelWith(organisations.subList(0, parties), activities);
        return new Point(
                parties + " parties, " + activities + " activities",
                time(financeService, "/earnings-models/" + model, MODEL_READS));
    }

    private Map<String, Timing> time(ApiClient service, String resource, Map<String, String> reads) {
        Map<String, Timing> timings = new LinkedHashMap<>();
        reads.forEach((label, path) -> {
            long bytes = 0;
            for (int i = 0; i < WARM_UP_READS; i++) {
                bytes = service.getDiscarding(resource + path, "*/*");
            }
            Samples samples = new Samples();
            for (int i = 0; i < settings.samples(); i++) {
                long started = System.nanoTime();
                service.getDiscarding(resource + path, "*/*");
                samples.add(System.nanoTime() - started);
            }
            timings.put(label, new Timing(samples.percentileMillis(50), samples.percentileMillis(99), bytes));
        });
        return timings;
    }

    private List<String> organisations(int count) {
        List<String> ids = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < count; i++) {
            ids.add(gatewayAsAdmin
                    .post(
                            "/api/partnership/organisations",
                            Map.of(
                                    "name",
                                    "Harness partner " + run + " " + (i + 1),
                                    "sector",
                                    i % 2 == 0 ? "social-economy" : "regular-economy",
                                    "registrationNumber",
                                    "PERF-" + run + "-" + (i + 1)))
                    .id());
        }
        return ids;
    }

    /**
     * A partnership with these partners and activities (two sub-actions each, carried by two partners in
     * turn), and its earnings model in finance with a cost per unit and quantity for every sub-action, a
     * fixed price chosen, an equal split, and three years of revenue: every figure has something to calculate.
     */
    private String modelWith(List<String> organisations, int activities) {
        String partnership = gatewayAsMember
                .post(
                        "/api/partnership/partnerships",
                        Map.of(
                                "localGroup",
                                CanvasFixtures.LOCAL_GROUP,
                                "name",
                                "Cost growth " + organisations.size() + "x" + activities + " " + System.nanoTime()))
                .id();
        String partnerships = "/api/partnership/partnerships/" + partnership;
        List<String> partners = new ArrayList<>();
        for (String organisation : organisations) {
            partners.add(gatewayAsMember
                    .post(
                            partnerships + "/partners",
                            Map.of("organisationId", organisation, "role", "Partner", "founding", true))
                    .id());
        }
        List<String> subActions = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            String first = partners.get(i % partners.size());
            String second = partners.get((i + 1) % partners.size());
            JsonNode activity = gatewayAsMember
                    .post(
                            partnerships + "/value-chain/activities",
                            Map.of(
                                    "name",
                                    "Activity " + (i + 1),
                                    "responsiblePartnerIds",
                                    List.of(first),
                                    "subActions",
                                    List.of(
                                            Map.of("name", "Step " + (i + 1) + "a", "responsiblePartnerId", first),
                                            Map.of("name", "Step " + (i + 1) + "b", "responsiblePartnerId", second))))
                    .body();
            activity.path("subActions")
                    .forEach(subAction -> subActions.add(subAction.path("id").asText()));
        }
        String models = "/api/finance/earnings-models";
        String model = awaitModel(models + "?partnershipId=" + partnership, subActions.size(), models);
        String modelPath = models + "/" + model;
        String version = gatewayAsMember.get(modelPath).entityTag();
        for (int i = 0; i < subActions.size(); i++) {
            version = gatewayAsMember
                    .put(
                            modelPath + "/cost-structure/sub-actions/" + subActions.get(i),
                            Map.of("costPerUnit", new BigDecimal((10 + i % 7) + ".25"), "quantityPerCustomer", 1),
                            version)
                    .entityTag();
        }
        version = gatewayAsMember
                .put(
                        modelPath + "/pricing",
                        Map.of("fixedPrice", Map.of("price", new BigDecimal("5000.00")), "chosenMethod", "fixed-price"),
                        version)
                .entityTag();
        version = gatewayAsMember
                .put(modelPath + "/distribution", Map.of("key", "equal-split"), version)
                .entityTag();
        gatewayAsMember.put(
                modelPath + "/projection/revenue",
                Map.of(
                        "horizonYears",
                        3,
                        "revenue",
                        Map.of(
                                "volumes",
                                List.of(
                                        Map.of("year", 1, "volume", 100),
                                        Map.of("year", 2, "volume", 150),
                                        Map.of("year", 3, "volume", 200)))),
                version);
        return model;
    }

    /** Waits until finance has the model and every sub-action of its value chain (both arrive as events). */
    private String awaitModel(String lookup, int subActions, String models) {
        Instant deadline = Instant.now().plus(MODEL_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            ApiClient.Answer found = gatewayAsMember.send("GET", lookup, null, null);
            if (found.status() == 200 && !found.body().path("items").isEmpty()) {
                String model = found.body().path("items").path(0).path("id").asText();
                JsonNode costs = gatewayAsMember
                        .get(models + "/" + model + "/cost-structure")
                        .body();
                if (countSubActions(costs) >= subActions) {
                    return model;
                }
            }
            pause();
        }
        throw new IllegalStateException("The earnings model did not arrive complete within " + MODEL_DEADLINE);
    }

    private static int countSubActions(JsonNode costStructure) {
        int count = 0;
        for (JsonNode activity : costStructure.path("valueChain")) {
            count += activity.path("subActions").size();
        }
        return count;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
