package org.weconomics.events.canvas;

import java.util.List;
import java.util.UUID;

/**
 * A note (post-it) as it is after it was added or changed. Keyed by the canvas, so that the events of a
 * canvas and all its notes stay in order.
 *
 * @param canvasId the canvas the note is on
 * @param noteId the note
 * @param blockKey the block it sits in (a block key of the canvas's template version)
 * @param position its place in the block, from 0
 * @param text what it says
 * @param colour its colour: yellow, orange, pink, blue, green or purple
 * @param valueTags kinds of value it creates: economic, social, ecological
 * @param lensTags keys of the template's lenses it is tagged with
 * @param author token subject of who wrote it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record NoteState(
        UUID canvasId,
        UUID noteId,
        String blockKey,
        int position,
        String text,
        String colour,
        List<String> valueTags,
        List<String> lensTags,
        String author,
        Long sequence)
        implements CanvasChangeEvent {}
