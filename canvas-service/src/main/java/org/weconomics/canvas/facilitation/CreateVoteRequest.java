package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Casts one vote (dot) on a note. */
@Schema(name = "CreateVoteRequest")
public record CreateVoteRequest(
        @Schema(description = "The note to vote for; a note of the canvas in a block the round is about.") @NotNull
                UUID noteId) {}
