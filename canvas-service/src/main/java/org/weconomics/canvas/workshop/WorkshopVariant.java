package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The two variants the training offers: the client's own use case (prepared by a quickscan the client fills in
 * beforehand) or a case the trainer brings (its text is the workshop's case description).
 */
public enum WorkshopVariant {
    @JsonProperty("own-case")
    OWN_CASE("own-case"),
    @JsonProperty("trainer-case")
    TRAINER_CASE("trainer-case");

    private final String key;

    WorkshopVariant(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
