package org.weconomics.canvas.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** The hidden draft notes the quickscan's answers became on the workshop's CMC. */
@Schema(name = "QuickscanDraftNotes")
public record DraftNotesView(
        @Schema(description = "The workshop's Community Model Canvas.") UUID canvasId,
        @Schema(description = "The notes, hidden until the facilitator reveals them.") List<UUID> noteIds,
        @Schema(description = "The workshop's new version; send it back in If-Match.", example = "4") long version)
        implements Versioned {}
