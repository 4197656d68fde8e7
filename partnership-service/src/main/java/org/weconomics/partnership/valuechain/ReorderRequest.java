package org.weconomics.partnership.valuechain;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new order of the value chain: every activity id exactly once, first activity first. */
@Schema(name = "ReorderRequest")
public record ReorderRequest(
        @Schema(description = "Every activity of the value chain, each once, in the new order.", required = true)
                @NotNull
                List<@NotNull UUID> activityIds) {}
