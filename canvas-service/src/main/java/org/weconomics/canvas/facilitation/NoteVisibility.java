package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.note.Note;

/**
 * The one answer to "may this subject see this note". A note added while the facilitator's hidden mode was on stays
 * hidden until the facilitator reveals it; a hidden note is seen only by its author and by whoever has facilitator
 * rights on the canvas (its facilitator, admins). Everything that reads notes (list, get, comments, export, CSV,
 * pictures, progress, vote results, counts) filters through here, and so must the live feed when it passes note
 * events on to a subscriber.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoteVisibility {

    private final FacilitatorRights rights;

    public NoteVisibility(FacilitatorRights rights) {
        this.rights = rights;
    }

    /** The rule itself, on the plain facts of a note. */
    public static boolean maySee(Viewer viewer, String facilitator, String author, boolean hidden) {
        return !hidden || viewer.facilitates(facilitator) || viewer.subject().equals(author);
    }

    public boolean maySee(Viewer viewer, Canvas canvas, Note note) {
        return maySee(viewer, canvas.facilitator, note.author, note.hidden);
    }

    /**
     * For callers outside a request, such as the live feed: whether the viewer may see the note as it is stored now;
     * false when it no longer exists. Access to the canvas's local group is checked apart, as on every route.
     */
    public boolean maySee(Viewer viewer, UUID noteId) {
        Note note = Note.findById(noteId);
        if (note == null) {
            return false;
        }
        Canvas canvas = Canvas.findById(note.canvasId);
        return canvas != null && maySee(viewer, canvas, note);
    }

    public boolean callerMaySee(Canvas canvas, Note note) {
        return maySee(rights.viewer(), canvas, note);
    }

    /** The notes the caller may see, in the order given. */
    public List<Note> visibleToCaller(Canvas canvas, List<Note> notes) {
        Viewer viewer = rights.viewer();
        return notes.stream().filter(note -> maySee(viewer, canvas, note)).toList();
    }

    /** Whether a note put on the canvas now starts hidden: while the facilitator's hidden mode is on. */
    public boolean startsHidden(Canvas canvas) {
        return FacilitationState.of(canvas.id).hiddenMode;
    }
}
