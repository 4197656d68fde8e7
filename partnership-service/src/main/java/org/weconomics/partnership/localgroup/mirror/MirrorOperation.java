package org.weconomics.partnership.localgroup.mirror;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What Keycloak must do to follow a change of a local group. */
public enum MirrorOperation {
    /** Create the sub-group if missing and set its attributes from the local group as it is when applied. */
    @JsonProperty("ensure-group")
    ENSURE_GROUP,
    @JsonProperty("add-member")
    ADD_MEMBER,
    @JsonProperty("remove-member")
    REMOVE_MEMBER,
    /** Remove the sub-group, so that no token carries the closed local group any more. */
    @JsonProperty("remove-group")
    REMOVE_GROUP
}
