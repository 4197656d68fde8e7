package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * The facilitator switched hidden mode on or off. While it is on, new notes are hidden: only their author and
 * the facilitator see them until they are revealed ({@code org.weconomics.canvas.notes-revealed}). Switching it
 * off reveals nothing by itself.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param hiddenMode whether notes added from now on are hidden
 * @param switchedBy token subject of who switched it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record HiddenModeSwitched(UUID canvasId, String localGroup, boolean hiddenMode, String switchedBy, Long sequence)
        implements CanvasChangeEvent {}
