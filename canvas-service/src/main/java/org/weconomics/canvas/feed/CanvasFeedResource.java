package org.weconomics.canvas.feed;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.ProblemException;

@Path("/canvases")
@Authenticated
@Tag(name = "Live feed", description = "Changes of a canvas as Server-Sent Events, for workshop screens")
public class CanvasFeedResource {

    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private final CanvasService canvases;
    private final CanvasFeed feed;
    private final Caller caller;
    private final JsonWebToken token;

    public CanvasFeedResource(CanvasService canvases, CanvasFeed feed, Caller caller, JsonWebToken token) {
        this.canvases = canvases;
        this.feed = feed;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Path("/{canvasId}/feed")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(
            operationId = "followCanvasFeed",
            summary = "Follow the changes of a canvas live",
            description = "A text/event-stream of every change of the canvas and its notes, within a second of its "
                    + "commit. Each event: id = the canvas's change sequence, event = the kind (note-added, "
                    + "note-moved, …), data = the change as JSON on one line, as GET /canvases/{canvasId}/history shows it. "
                    + "Without Last-Event-ID the feed starts with the next change; with it (as EventSource sends it "
                    + "when it reconnects) it first sends every change after that id from the change log, then the "
                    + "live ones: no gap, no duplicate. A comment line (:heartbeat) comes every few seconds when "
                    + "nothing happens. The feed ends with an event deleted when the canvas is deleted, and when the "
                    + "token that opened it expires (reconnect with a new token and Last-Event-ID). One person may "
                    + "hold a few feeds open at once (8 by default, over all canvases); past that the answer is 429 "
                    + "with Retry-After, until a feed of theirs is closed.")
    @APIResponse(responseCode = "200", description = "The stream of changes")
    @APIResponse(
            responseCode = "429",
            description = "You hold as many feeds open as one person may; close one and retry after Retry-After")
    public Multi<OutboundSseEvent> feed(
            @PathParam("canvasId") UUID id,
            @Parameter(description = "The id of the last event received: the stream resumes after it.", example = "41")
                    @HeaderParam(LAST_EVENT_ID)
                    String lastEventId,
            @Context Sse sse) {
        canvases.requireAccessible(id);
        return feed.open(id, Viewer.of(caller), sequenceIn(lastEventId), expiry(), sse);
    }

    private Instant expiry() {
        long expiresAt = token.getExpirationTime();
        return expiresAt > 0 ? Instant.ofEpochSecond(expiresAt) : Instant.MAX;
    }

    private static Long sequenceIn(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long sequence = Long.parseLong(lastEventId.strip());
            if (sequence >= 0) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField(LAST_EVENT_ID, "must be the id of an event of this feed, such as 41");
    }
}
