package org.weconomics.canvas.snapshot;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.note.NoteContent;

/** How one note differs between two states of a canvas; before is absent for an added note, after for a removed one. */
@Schema(name = "NoteDifference")
public record NoteDifference(UUID noteId, NoteContent before, NoteContent after) {}
