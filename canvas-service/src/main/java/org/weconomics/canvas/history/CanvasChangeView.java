package org.weconomics.canvas.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a canvas or one of its notes, as the history and the live feed show it. */
@Schema(name = "CanvasChange")
public record CanvasChangeView(
        UUID canvasId,
        @Schema(description = "The canvas's change sequence: 1, 2, 3… without gaps, in commit order.", example = "42")
                long sequence,
        @Schema(
                        description = "What changed: created, updated, status-changed, note-added, note-changed, "
                                + "note-moved, note-removed, note-comment-added, hidden-mode-switched, notes-revealed, "
                                + "board-locked, board-unlocked, focus-moved, voting-round-opened, voting-round-closed, "
                                + "vote-cast, vote-withdrawn.",
                        example = "note-moved")
                String kind,
        @Schema(description = "Token subject of who made the change.") String subject,
        OffsetDateTime occurredAt,
        @Schema(description = "The note the change concerns; absent for changes of the canvas itself.") UUID noteId,
        @Schema(
                        description =
                                "The state before the change, as its kind says (CanvasChangeState); absent for additions.")
                JsonNode before,
        @Schema(description = "The state after the change, as its kind says (CanvasChangeState); absent for removals.")
                JsonNode after) {

    public static CanvasChangeView of(CanvasChange change) {
        return new CanvasChangeView(
                change.canvasId,
                change.sequence,
                change.kind,
                change.subject,
                change.occurredAt,
                change.noteId,
                change.before,
                change.after);
    }
}
