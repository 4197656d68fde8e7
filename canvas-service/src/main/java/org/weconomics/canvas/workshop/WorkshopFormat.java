package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How long the workshop is and which canvases its afternoon fills: the source offers one part of a day with the
 * theory only, or a whole day with the practice on the Community Model Canvas, or on the CMC and then the Business
 * Model Canvas (a BMC may follow a CMC, since a company is part of the value chain).
 */
public enum WorkshopFormat {
    @JsonProperty("half-day-theory")
    HALF_DAY_THEORY("half-day-theory", List.of()),
    @JsonProperty("full-day-cmc")
    FULL_DAY_CMC("full-day-cmc", List.of(Templates.CMC)),
    @JsonProperty("full-day-cmc-bmc")
    FULL_DAY_CMC_BMC("full-day-cmc-bmc", List.of(Templates.CMC, Templates.BMC));

    private final String key;
    private final List<String> templateKeys;

    WorkshopFormat(String key, List<String> templateKeys) {
        this.key = key;
        this.templateKeys = templateKeys;
    }

    public String key() {
        return key;
    }

    /** The templates of the canvases the workshop sets up, in the order of the afternoon. */
    public List<String> templateKeys() {
        return templateKeys;
    }

    /** The shipped templates the afternoon uses (canvas-templates/ of canvas-service). */
    static final class Templates {
        static final String CMC = "community-model-canvas";
        static final String BMC = "business-model-canvas";

        private Templates() {}
    }
}
