package org.weconomics.canvas.template;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a group of blocks divides a canvas: a theme, a value domain of the blended model, or a side of organising. */
public enum GroupKind {
    @JsonProperty("dimension")
    DIMENSION,
    @JsonProperty("value-domain")
    VALUE_DOMAIN,
    @JsonProperty("side")
    SIDE
}
