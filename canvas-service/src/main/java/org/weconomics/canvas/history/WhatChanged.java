package org.weconomics.canvas.history;

import java.util.UUID;

/**
 * What one change did, for the change log: the canvas, the note it concerns (none for changes of the canvas itself)
 * and the state before and after (null where there was none, as before an addition or after a removal). The states
 * are kept as the JSON the API shows them in.
 */
public record WhatChanged(UUID canvasId, UUID noteId, Object before, Object after) {

    public static WhatChanged ofCanvas(UUID canvasId, Object before, Object after) {
        return new WhatChanged(canvasId, null, before, after);
    }

    public static WhatChanged ofNote(UUID canvasId, UUID noteId, Object before, Object after) {
        return new WhatChanged(canvasId, noteId, before, after);
    }
}
