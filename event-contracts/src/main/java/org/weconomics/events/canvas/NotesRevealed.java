package org.weconomics.events.canvas;

import java.util.List;
import java.util.UUID;

/**
 * The facilitator revealed hidden notes, all of them or those of one block: from now on everyone who may read
 * the canvas sees them.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param blockKey the block whose hidden notes were revealed, or null when all hidden notes were
 * @param notes the revealed notes as they are now, in the template's block order and by position
 * @param revealedBy token subject of who revealed them
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record NotesRevealed(
        UUID canvasId, String localGroup, String blockKey, List<NoteState> notes, String revealedBy, Long sequence)
        implements CanvasChangeEvent {}
