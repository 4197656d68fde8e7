package org.weconomics.canvas.note;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The notes one request added (in bulk, or from a CSV file), in the order given: the same field name, {@code notes},
 * as the bulk request's.
 */
@Schema(name = "AddedNotes", description = "The notes the request added, in the order given.")
public record AddedNotesView(
        @Schema(description = "Every note added, in the order of the request (or of the CSV file's rows).")
                List<NoteView> notes) {}
