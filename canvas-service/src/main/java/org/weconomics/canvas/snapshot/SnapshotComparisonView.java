package org.weconomics.canvas.snapshot;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to the notes of a canvas from one state to another (see {@link NoteDifferences}). */
@Schema(name = "SnapshotComparison")
public record SnapshotComparisonView(
        ComparedState from,
        ComparedState to,
        @Schema(description = "Notes only in the later state, by their place there.") List<NoteDifference> added,
        @Schema(description = "Notes in another block, or out of order with the notes that stayed in their block.")
                List<NoteDifference> moved,
        @Schema(description = "Notes whose text, colour or tags differ.") List<NoteDifference> changed,
        @Schema(description = "Notes only in the earlier state.") List<NoteDifference> removed) {

    static SnapshotComparisonView of(ComparedState from, ComparedState to, NoteDifferences differences) {
        return new SnapshotComparisonView(
                from, to, differences.added(), differences.moved(), differences.changed(), differences.removed());
    }

    /** One side of a comparison: a snapshot, or the canvas as it is now (no snapshot id or name). */
    @Schema(name = "ComparedState")
    public record ComparedState(
            UUID snapshotId,
            @Schema(example = "Einde werkdag 1") String name,
            @Schema(description = "The canvas's change sequence of this state.", example = "42") long sequence) {}
}
