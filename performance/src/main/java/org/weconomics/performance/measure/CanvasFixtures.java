package org.weconomics.performance.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.weconomics.performance.api.ApiClient;

/** Canvases to read and write on, made through the gateway in the demo local group of the measuring user. */
public final class CanvasFixtures {

    /** The local group of the demo user {@code anna}, who makes and reads everything the harness measures. */
    public static final String LOCAL_GROUP = "gent";

    static final String CANVAS_API = "/api/canvas";
    private static final List<String> BLOCKS =
            List.of("value-proposition", "key-activities", "key-partners", "revenue-streams");
    private static final int BULK_LIMIT = 100;

    private final ApiClient gateway;

    public CanvasFixtures(ApiClient gateway) {
        this.gateway = gateway;
    }

    /** A new Blended BMC canvas; returns its id. */
    public String canvas(String title) {
        return gateway.post(
                        CANVAS_API + "/canvases",
                        Map.of(
                                "localGroup",
                                LOCAL_GROUP,
                                "templateKey",
                                "blended-business-model-canvas",
                                "templateVersion",
                                1,
                                "title",
                                title,
                                "topic",
                                "Performance harness"))
                .id();
    }

    public List<String> canvases(String title, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(canvas(title + " " + (i + 1)));
        }
        return ids;
    }

    /** A canvas holding {@code notes} notes spread over four blocks, added a hundred at a time. */
    public String canvasWithNotes(int notes) {
        String id = canvas("Canvas with " + notes + " notes");
        for (int added = 0; added < notes; added += BULK_LIMIT) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = added; i < Math.min(notes, added + BULK_LIMIT); i++) {
                batch.add(Map.of(
                        "blockKey",
                        BLOCKS.get(i % BLOCKS.size()),
                        "text",
                        "Note " + (i + 1) + ": warme maaltijden met lokale groenten voor de buurt",
                        "valueTags",
                        List.of("social")));
            }
            gateway.post(CANVAS_API + "/canvases/" + id + "/notes/bulk", Map.of("notes", batch));
        }
        return id;
    }

    /** The JSON of one note as the load writes it. */
    public static String noteBody() {
        return "{\"blockKey\":\"key-activities\",\"text\":\"Samen aankopen bij lokale boeren\"}";
    }
}
