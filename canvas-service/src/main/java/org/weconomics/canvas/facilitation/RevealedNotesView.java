package org.weconomics.canvas.facilitation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.note.NoteView;
import org.weconomics.support.concurrency.Versioned;

/** What a reveal showed to everyone, and the facilitation state after it (whose version is the ETag). */
@Schema(name = "RevealedNotes")
public record RevealedNotesView(
        @Schema(description = "The notes revealed, in the template's block order and by position.")
                List<NoteView> revealed,
        FacilitationView facilitation)
        implements Versioned {

    @Override
    public long version() {
        return facilitation.version();
    }
}
