package org.weconomics.canvas.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Which changes of a canvas a viewer sees. Every reader of the change log (the canvas history, a note's history and
 * the live feed) passes each change through {@link #asSeenBy}, and nothing else decides, so a rule that hides or
 * redacts changes (of hidden notes, for instance) is written once, here.
 */
@ApplicationScoped
public class ChangeVisibility {

    /**
     * The change as the viewer may see it, or empty when they may not see it at all. The viewer may already read the
     * canvas (its local group is theirs); may run outside a request, in a transaction of the caller's.
     */
    public Optional<CanvasChangeView> asSeenBy(Viewer viewer, CanvasChangeView change) {
        return Optional.of(change);
    }
}
