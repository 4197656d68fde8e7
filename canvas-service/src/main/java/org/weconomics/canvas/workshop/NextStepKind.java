package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The follow-ups the method names for after the day: invite the participants to the local group, start a partnership
 * trajectory from the workshop's canvases, join the Weconomics network; anything else is {@code other}.
 */
public enum NextStepKind {
    @JsonProperty("invite-to-local-group")
    INVITE_TO_LOCAL_GROUP("invite-to-local-group", "Uitnodigen in de lokale groep", "Invite to the local group"),
    @JsonProperty("start-partnership-trajectory")
    START_PARTNERSHIP_TRAJECTORY(
            "start-partnership-trajectory", "Een partnerschapstraject starten", "Start a partnership trajectory"),
    @JsonProperty("join-weconomics-network")
    JOIN_WECONOMICS_NETWORK(
            "join-weconomics-network", "Aansluiten bij het Weconomics-netwerk", "Join the Weconomics network"),
    @JsonProperty("other")
    OTHER("other", "Andere stap", "Other step");

    private final String key;
    private final String dutch;
    private final String english;

    NextStepKind(String key, String dutch, String english) {
        this.key = key;
        this.dutch = dutch;
        this.english = english;
    }

    /** The name clients and events use. */
    public String key() {
        return key;
    }

    /** How the presentation names the kind. */
    public String label(WorkshopLanguage language) {
        return language == WorkshopLanguage.NL ? dutch : english;
    }
}
