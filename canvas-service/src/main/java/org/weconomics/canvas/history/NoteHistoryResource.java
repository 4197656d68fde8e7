package org.weconomics.canvas.history;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

/** The note's own history, beside the note routes (a route below /canvases/{canvasId}/notes belongs here). */
@Path("/canvases/{canvasId}/notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class NoteHistoryResource {

    private final CanvasHistory history;

    public NoteHistoryResource(CanvasHistory history) {
        this.history = history;
    }

    @GET
    @Path("/{noteId}/history")
    @Operation(
            operationId = "getNoteHistory",
            summary = "The change log of one note",
            description = "Every change of the note: added, changed, moved, commented on, removed (and added again by "
                    + "a restore). Also for a note that was removed since. Newest first unless order=oldest; paged.")
    @APIResponse(responseCode = "200", description = "One page of the note's changes")
    public PageView<CanvasChangeView> ofNote(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @Parameter(description = HistoryResource.ORDER_DESCRIPTION, example = "oldest") @QueryParam("order")
                    String order,
            @Parameter(description = HistoryResource.KIND_DESCRIPTION) @QueryParam("kind") List<String> kinds,
            @Parameter(description = HistoryResource.SINCE_DESCRIPTION, example = "2026-03-14T09:00:00+01:00")
                    @QueryParam("since")
                    String since,
            @BeanParam @Valid PageRequest page) {
        return history.ofNote(canvasId, noteId, HistoryFilter.fromParameters(order, kinds, since), page);
    }
}
