package org.weconomics.canvas.note;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notes of a canvas, in the template's block order and by position within a block. */
@Schema(name = "Notes")
public record NotesView(List<NoteView> items) {}
