package org.weconomics.canvas.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The morning's theory topics, in their order, as they are to be. */
@Schema(name = "UpdateWorkshopAgendaRequest")
public record UpdateAgendaRequest(
        @Schema(description = "The topics in their order.") @NotNull @Size(max = 30)
                List<@NotNull @Valid AgendaItem> items) {}
