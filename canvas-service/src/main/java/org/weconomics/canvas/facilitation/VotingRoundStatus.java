package org.weconomics.canvas.facilitation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether participants can still vote in a round. */
public enum VotingRoundStatus {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("closed")
    CLOSED;

    static VotingRoundStatus of(VotingRound round) {
        return round.isOpen() ? OPEN : CLOSED;
    }
}
