package org.weconomics.canvas.history;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.canvas.CanvasEvents;

/**
 * The kinds of change: the canvas event types without their common prefix ({@code created}, {@code note-moved}…), so
 * that a change, its Kafka event and its live-feed event are named alike, and a new canvas event is a new kind.
 */
public final class ChangeKinds {

    private static final String PREFIX = "org.weconomics.canvas.";

    /** A deleted canvas has no change log left; its feed ends with an event of this name. */
    public static final String DELETED = of(CanvasEvents.DELETED);

    private ChangeKinds() {}

    public static String of(EventContract<?> contract) {
        if (!contract.type().startsWith(PREFIX)) {
            throw new IllegalArgumentException(contract.type() + " is not a canvas event");
        }
        return contract.type().substring(PREFIX.length());
    }

    /** Every kind the change log holds: all canvas events but the deletion. */
    public static List<String> logged() {
        return CanvasEvents.ALL.stream()
                .map(ChangeKinds::of)
                .filter(kind -> !kind.equals(DELETED))
                .toList();
    }
}
