package org.weconomics.canvas.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.weconomics.canvas.history.CanvasChangeView;
import org.weconomics.canvas.history.ChangeKinds;

/**
 * The Server-Sent Events of a feed: one per change ({@code id} the change sequence, {@code event} its kind,
 * {@code data} the change as JSON, on one line), comment lines for the start and the heartbeat, and a last
 * {@code deleted} event when the canvas is deleted.
 */
final class FeedEvents {

    private final Sse sse;
    private final ObjectMapper json;

    FeedEvents(Sse sse, ObjectMapper json) {
        this.sse = sse;
        this.json = json;
    }

    OutboundSseEvent opened(UUID canvasId, Duration reconnectDelay) {
        return sse.newEventBuilder()
                .comment("changes of canvas " + canvasId)
                .reconnectDelay(reconnectDelay.toMillis())
                .build();
    }

    OutboundSseEvent change(CanvasChangeView change) {
        return sse.newEventBuilder()
                .id(Long.toString(change.sequence()))
                .name(change.kind())
                .data(String.class, write(change))
                .build();
    }

    OutboundSseEvent deleted(UUID canvasId, long sequence) {
        return sse.newEventBuilder()
                .id(Long.toString(sequence))
                .name(ChangeKinds.DELETED)
                .data(
                        String.class,
                        write(Map.of("canvasId", canvasId, "sequence", sequence, "kind", ChangeKinds.DELETED)))
                .build();
    }

    OutboundSseEvent heartbeat() {
        return sse.newEventBuilder().comment("heartbeat").build();
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feed event cannot be written as JSON", e);
        }
    }
}
