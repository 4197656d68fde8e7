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

@Path("/canvases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "The change log of a canvas and its notes")
public class HistoryResource {

    static final String ORDER_DESCRIPTION = "newest (the default) or oldest first.";

    static final String KIND_DESCRIPTION =
            "Only changes of these kinds (repeat the parameter or separate with commas): "
                    + "created, updated, status-changed, note-added, note-changed, note-moved, note-removed, note-comment-added.";
    static final String SINCE_DESCRIPTION = "Only changes at or after this moment (ISO 8601 with offset).";

    private final CanvasHistory history;

    public HistoryResource(CanvasHistory history) {
        this.history = history;
    }

    @GET
    @Path("/{canvasId}/history")
    @Operation(
            operationId = "getCanvasHistory",
            summary = "The change log of a canvas",
            description = "Every change of the canvas and its notes, each with who made it (subject), what it was "
                    + "(kind), when, the note it concerns and the state before and after, numbered by the canvas's "
                    + "gapless change sequence (the id of the live feed's events). Newest first unless order=oldest; "
                    + "paged. A page can hold fewer changes than its size when some are not visible to you.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public PageView<CanvasChangeView> ofCanvas(
            @PathParam("canvasId") UUID id,
            @Parameter(description = ORDER_DESCRIPTION, example = "newest") @QueryParam("order") String order,
            @Parameter(description = KIND_DESCRIPTION) @QueryParam("kind") List<String> kinds,
            @Parameter(description = SINCE_DESCRIPTION, example = "2026-03-14T09:00:00+01:00") @QueryParam("since")
                    String since,
            @BeanParam @Valid PageRequest page) {
        return history.ofCanvas(id, HistoryFilter.fromParameters(order, kinds, since), page);
    }
}
