package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a round of dot voting. */
@Schema(name = "CreateVotingRoundRequest")
public record CreateVotingRoundRequest(
        @Schema(description = "How many votes (dots) each participant may cast.", example = "5")
                @NotNull
                @Min(1)
                @Max(MAX_VOTES)
                Integer votesPerParticipant,
        @Schema(
                        description = "How many of their votes one participant may put on one note; no limit but the "
                                + "allowance when left out. At most votesPerParticipant.",
                        example = "2")
                @Min(1)
                @Max(MAX_VOTES)
                Integer maxVotesPerNote,
        @Schema(
                        description = "Only notes in these blocks may be voted on; every block when left out or empty.",
                        example = "[\"value-proposition\", \"channels\"]")
                @Size(max = 100)
                List<@NotBlank @Size(max = 100) String> blockKeys) {

    public static final int MAX_VOTES = 100;

    public List<String> blockKeysOrAll() {
        return blockKeys == null ? List.of() : blockKeys;
    }
}
