package org.weconomics.canvas.picture.rest;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.facilitation.NoteVisibility;
import org.weconomics.canvas.facilitation.VotingService;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteComment;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.picture.BoardPicture;
import org.weconomics.canvas.template.Language;

/**
 * Gathers a canvas, its template version, the notes the caller may see with the votes of the latest closed voting
 * round and (for the PDF appendix) their comments into a picture to draw.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CanvasPictureService {

    /** The method's local groups are in Flanders; the subtitle's date is the day there. */
    private static final ZoneId WORKSHOP_ZONE = ZoneId.of("Europe/Brussels");

    private final CanvasService canvases;
    private final NoteService notes;
    private final NoteVisibility visibility;
    private final VotingService voting;

    public CanvasPictureService(
            CanvasService canvases, NoteService notes, NoteVisibility visibility, VotingService voting) {
        this.canvases = canvases;
        this.notes = notes;
        this.visibility = visibility;
        this.voting = voting;
    }

    /**
     * The board of a canvas the caller may see, as its PDF's first page shows it (404 otherwise).
     *
     * @param date the day its subtitle names: a workshop's presentation shows the day of the workshop
     */
    public BoardPicture board(@NotNull UUID canvasId, @NotNull Language language, @NotNull LocalDate date) {
        return picture(canvasId, language, false, date).board();
    }

    /**
     * The picture of a canvas the caller may see (404 otherwise, like every route below /canvases/{canvasId}).
     *
     * @param withComments whether to read the notes' comments, which only the PDF appendix shows
     */
    CanvasPicture picture(@NotNull UUID canvasId, @NotNull Language language, boolean withComments) {
        return picture(canvasId, language, withComments, LocalDate.now(WORKSHOP_ZONE));
    }

    private CanvasPicture picture(UUID canvasId, Language language, boolean withComments, LocalDate date) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        List<Note> onCanvas = visibility.visibleToCaller(canvas, Note.onCanvas(canvasId));
        Map<UUID, List<NoteComment>> comments = withComments && !onCanvas.isEmpty()
                ? BoardPictureMapper.byNote(NoteComment.list(
                        "noteId in ?1",
                        Sort.ascending("createdAt", "id"),
                        onCanvas.stream().map(note -> note.id).toList()))
                : Map.of();
        return new CanvasPicture(
                BoardPictureMapper.toPicture(
                        canvas,
                        notes.templateOf(canvas),
                        onCanvas,
                        comments,
                        voting.votesOfLatestClosedRound(canvasId),
                        language,
                        date),
                canvas.version);
    }
}
