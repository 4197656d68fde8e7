package org.weconomics.canvas.snapshot;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A snapshot in a list, without its notes. */
@Schema(name = "SnapshotSummary")
public record SnapshotSummaryView(
        UUID id,
        UUID canvasId,
        @Schema(example = "Einde werkdag 1") String name,
        @Schema(description = "The canvas's change sequence it was taken at.", example = "42") long sequence,
        @Schema(example = "37") int noteCount,
        @Schema(description = "Token subject of who took it.") String createdBy,
        OffsetDateTime createdAt) {

    public static SnapshotSummaryView of(Snapshot snapshot) {
        return new SnapshotSummaryView(
                snapshot.id,
                snapshot.canvasId,
                snapshot.name,
                snapshot.sequence,
                snapshot.noteCount,
                snapshot.createdBy,
                snapshot.createdAt);
    }
}
