package org.weconomics.canvas.snapshot;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.canvas.CanvasView;
import org.weconomics.support.concurrency.Versioned;

/** The outcome of a restore; its version (the canvas's) is also sent as the ETag. */
@Schema(name = "Restored")
public record RestoredView(
        CanvasView canvas,
        UUID snapshotId,
        @Schema(description = "How many changes the restore recorded (0 when the notes already were the snapshot's).")
                long changes,
        @Schema(description = "The change sequence of the canvas before the restore; its changes follow it.")
                long fromSequence,
        @Schema(description = "The change sequence of the canvas after the restore.") long toSequence)
        implements Versioned {

    @Override
    public long version() {
        return canvas.version();
    }
}
