package org.weconomics.canvas.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everyone who takes part in the workshop, as the list is to be. */
@Schema(name = "UpdateWorkshopParticipantsRequest")
public record UpdateParticipantsRequest(
        @Schema(description = "Members (subject) and named guests (name), each once.") @NotNull @Size(max = 200)
                List<@NotNull @Valid Participant> participants) {}
