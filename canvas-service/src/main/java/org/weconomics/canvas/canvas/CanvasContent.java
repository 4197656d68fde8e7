package org.weconomics.canvas.canvas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a change of the canvas itself touches, as the change log keeps it before and after. */
@Schema(name = "CanvasContent")
public record CanvasContent(String title, String topic, String facilitator, CanvasStatus status) {

    public static CanvasContent of(Canvas canvas) {
        return new CanvasContent(canvas.title, canvas.topic, canvas.facilitator, canvas.status);
    }
}
