package org.weconomics.canvas.history;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.note.Note;
import org.weconomics.support.access.Caller;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;

/**
 * Reads the change log: the history of a canvas, of one of its notes (also after the note was removed), and the
 * stretches the live feed sends. Every change it hands out has passed {@link ChangeVisibility}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CanvasHistory {

    private final CanvasService canvases;
    private final Caller caller;
    private final ChangeVisibility visibility;

    public CanvasHistory(CanvasService canvases, Caller caller, ChangeVisibility visibility) {
        this.canvases = canvases;
        this.caller = caller;
        this.visibility = visibility;
    }

    /**
     * The changes of a canvas and its notes. A page holds fewer than {@code size} changes when some are not visible
     * to the caller; the totals count every change that matches.
     */
    public PageView<CanvasChangeView> ofCanvas(
            @NotNull UUID canvasId, @NotNull HistoryFilter filter, @NotNull @Valid PageRequest page) {
        canvases.requireAccessible(canvasId);
        return page(query(canvasId, null, filter), page);
    }

    /** The changes of one note, also of a note that was removed since; 404 for a note the canvas never had. */
    public PageView<CanvasChangeView> ofNote(
            @NotNull UUID canvasId,
            @NotNull UUID noteId,
            @NotNull HistoryFilter filter,
            @NotNull @Valid PageRequest page) {
        canvases.requireAccessible(canvasId);
        Note note = Note.findById(noteId);
        boolean onCanvas = note != null && note.canvasId.equals(canvasId);
        if (!onCanvas && !CanvasChange.anyAbout(canvasId, noteId)) {
            throw ProblemException.notFound("Note", noteId);
        }
        return page(query(canvasId, noteId, filter), page);
    }

    /**
     * For the live feed: the changes after {@code afterSequence} up to and including {@code upTo}, oldest first, as
     * {@code viewer} sees them. Runs in a transaction of its own when called outside one.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public LoggedChanges between(UUID canvasId, long afterSequence, long upTo, Viewer viewer) {
        List<CanvasChange> entries = CanvasChange.between(canvasId, afterSequence, upTo);
        long reached = afterSequence;
        for (CanvasChange entry : entries) {
            if (entry.sequence != reached + 1) {
                break;
            }
            reached = entry.sequence;
        }
        long through = reached;
        List<CanvasChangeView> visible = entries.stream()
                .filter(entry -> entry.sequence <= through)
                .map(CanvasChangeView::of)
                .map(change -> visibility.asSeenBy(viewer, change))
                .flatMap(Optional::stream)
                .toList();
        boolean canvasExists = reached == upTo || Canvas.findById(canvasId) != null;
        return new LoggedChanges(visible, reached, canvasExists);
    }

    private PanacheQuery<CanvasChange> query(UUID canvasId, UUID noteId, HistoryFilter filter) {
        StringBuilder where = new StringBuilder("canvasId = :canvasId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("canvasId", canvasId);
        if (noteId != null) {
            where.append(" and noteId = :noteId");
            parameters.put("noteId", noteId);
        }
        if (!filter.kinds().isEmpty()) {
            where.append(" and kind in :kinds");
            parameters.put("kinds", filter.kinds());
        }
        if (filter.since() != null) {
            where.append(" and occurredAt >= :since");
            parameters.put("since", filter.since());
        }
        Sort order = filter.newestFirst() ? Sort.descending("sequence") : Sort.ascending("sequence");
        return CanvasChange.find(where.toString(), order, parameters);
    }

    private PageView<CanvasChangeView> page(PanacheQuery<CanvasChange> query, PageRequest request) {
        Viewer viewer = Viewer.of(caller);
        PageView<CanvasChangeView> all = PageView.of(query, request, CanvasChangeView::of);
        List<CanvasChangeView> visible = all.items().stream()
                .map(change -> visibility.asSeenBy(viewer, change))
                .flatMap(Optional::stream)
                .toList();
        return new PageView<>(visible, all.page(), all.size(), all.totalItems(), all.totalPages());
    }

    /**
     * A stretch of the change log.
     *
     * @param visible the changes the viewer sees, oldest first
     * @param reached the last sequence of the stretch read without a gap (the log holds every change up to it)
     * @param canvasExists false once the canvas was deleted (its log went with it)
     */
    public record LoggedChanges(List<CanvasChangeView> visible, long reached, boolean canvasExists) {}
}
