package org.weconomics.partnership.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the method's guidance from the JSON files in {@code catalogue/}; they change without code. */
public final class Catalogue {

    private Catalogue() {}

    /** The parsed file {@code catalogue/<name>.json}; a missing or broken file stops the service at start. */
    public static JsonNode read(ObjectMapper json, String name) {
        String resource = "/catalogue/" + name + ".json";
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalogue file " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue file " + resource, e);
        }
    }
}
