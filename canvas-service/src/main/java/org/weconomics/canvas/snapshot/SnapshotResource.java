package org.weconomics.canvas.snapshot;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/canvases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshots", description = "Named snapshots of a canvas's notes: keep, compare, restore")
public class SnapshotResource {

    private final SnapshotService snapshots;
    private final IdempotentRequests idempotent;

    public SnapshotResource(SnapshotService snapshots, IdempotentRequests idempotent) {
        this.snapshots = snapshots;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/{canvasId}/snapshots")
    @Operation(
            operationId = "createSnapshot",
            summary = "Take a snapshot of a canvas",
            description = "Keeps the canvas's notes (text, colour, tags, block, position, author, time) and their "
                    + "comments as they are now, under a name such as \"Einde werkdag 1\", with the change sequence "
                    + "they are at. Also of an archived canvas.")
    @APIResponse(
            responseCode = "201",
            description = "Taken; Location names the snapshot",
            content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    public RestResponse<SnapshotView> take(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateSnapshotRequest request) {
        return idempotent.once(idempotencyKey, request, SnapshotView.class, () -> {
            SnapshotView taken = snapshots.take(id, request);
            return RestResponse.ResponseBuilder.<SnapshotView>created(
                            URI.create("/canvases/" + id + "/snapshots/" + taken.id()))
                    .entity(taken)
                    .build();
        });
    }

    @GET
    @Path("/{canvasId}/snapshots")
    @Operation(
            operationId = "listSnapshots",
            summary = "List the snapshots of a canvas",
            description = "Newest first, without their notes; paged.")
    @APIResponse(responseCode = "200", description = "One page of snapshots")
    public PageView<SnapshotSummaryView> list(@PathParam("canvasId") UUID id, @BeanParam @Valid PageRequest page) {
        return snapshots.list(id, page);
    }

    @GET
    @Path("/{canvasId}/snapshots/{snapshotId}")
    @Operation(
            operationId = "getSnapshot",
            summary = "Read a snapshot",
            description = "With its notes in the template's block order and by position, and their comments.")
    @APIResponse(responseCode = "200", description = "The snapshot")
    public SnapshotView get(@PathParam("canvasId") UUID id, @PathParam("snapshotId") UUID snapshotId) {
        return snapshots.get(id, snapshotId);
    }

    @GET
    @Path("/{canvasId}/snapshots/{snapshotId}/compare")
    @Operation(
            operationId = "compareSnapshot",
            summary = "Compare a snapshot with another one or with now",
            description = "What happened to the notes from this snapshot to the state named by to (another snapshot "
                    + "of the canvas, or now): added, moved (to another block, or out of order with the notes that "
                    + "stayed in their block; places that only shifted are not moves), changed (text, colour, tags) "
                    + "and removed notes, each with its state before and after.")
    @APIResponse(responseCode = "200", description = "The differences")
    public SnapshotComparisonView compare(
            @PathParam("canvasId") UUID id,
            @PathParam("snapshotId") UUID snapshotId,
            @Parameter(description = "now (the default) or the id of another snapshot of the canvas.", example = "now")
                    @QueryParam("to")
                    String to) {
        return snapshots.compare(id, snapshotId, to);
    }

    @POST
    @Path("/{canvasId}/snapshots/{snapshotId}/restore")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "restoreSnapshot",
            summary = "Restore a snapshot",
            description = "Makes the canvas's notes the snapshot's as a new head: notes added since are removed, "
                    + "changed ones get their content back, removed ones come back (same id, author, time and "
                    + "comments) and every note returns to its place. Each step is an ordinary change in the history "
                    + "and the live feed (note-removed, note-changed, note-added, note-comment-added, note-moved), so "
                    + "the history after the snapshot is kept and a restore is undone by restoring another snapshot. "
                    + "Title, topic and status are not touched. Requires If-Match with the canvas's ETag; the canvas's "
                    + "version goes up. Not on an archived canvas, nor by a participant while the facilitator locked "
                    + "the board (409).")
    @APIResponse(responseCode = "200", description = "Restored; ETag is the canvas's new version")
    @APIResponse(
            responseCode = "409",
            description = "The canvas is archived, or the facilitator locked the board and you do not facilitate")
    public RestoredView restore(
            @PathParam("canvasId") UUID id,
            @PathParam("snapshotId") UUID snapshotId,
            @Parameter(
                            description = "The ETag of the canvas version you restore on",
                            required = true,
                            example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return snapshots.restore(id, snapshotId, IfMatch.requiredVersion(ifMatch));
    }
}
