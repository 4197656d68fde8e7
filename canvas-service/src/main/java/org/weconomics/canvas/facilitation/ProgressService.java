package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.TemplateService;

/** Reads how far the group got on each block of a canvas, counting the notes the caller can see. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {

    private final CanvasService canvases;
    private final TemplateService templates;
    private final NoteVisibility visibility;

    public ProgressService(CanvasService canvases, TemplateService templates, NoteVisibility visibility) {
        this.canvases = canvases;
        this.templates = templates;
        this.visibility = visibility;
    }

    public ProgressView progress(@NotNull UUID canvasId, @NotNull Language language) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        return CanvasProgress.of(
                canvasId,
                templates.get(canvas.templateKey, canvas.templateVersion),
                visibility.visibleToCaller(canvas, Note.onCanvas(canvasId)),
                FacilitationState.of(canvasId).focusBlockKey,
                language);
    }
}
