package org.weconomics.canvas.canvas;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
@Tag(name = "Canvases", description = "Strategy canvases of a local group or partnership")
public class CanvasResource {

    static final String IF_MATCH_DESCRIPTION = "The ETag of the version you changed";

    private final CanvasService canvases;
    private final IdempotentRequests idempotent;

    public CanvasResource(CanvasService canvases, IdempotentRequests idempotent) {
        this.canvases = canvases;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createCanvas",
            summary = "Create a canvas",
            description =
                    "Creates a canvas in one of your local groups from an existing template version, which it keeps "
                            + "for its whole life. It starts as a draft, with you as facilitator unless you name another. "
                            + "A `partnershipId` must be a partnership of the canvas's local group and a `partnerId` one "
                            + "of its current partners (422 `unknown-partnership` / `not-a-current-partner` naming the "
                            + "field otherwise). The canvas service learns of partnerships from partnership-service's "
                            + "events, so a partnership created a moment ago may take a moment (normally well under a "
                            + "second, at most a few seconds) to become known: retry the 422 `unknown-partnership` for "
                            + "a few seconds right after creating the partnership. "
                            + "Publishes org.weconomics.canvas.created.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new canvas, ETag its version",
            content = @Content(schema = @Schema(implementation = CanvasView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The partnership is not known in the canvas's local group (yet), or the partner is not one "
                    + "of its current partners; `invalidFields` names `partnershipId` or `partnerId`")
    public RestResponse<CanvasView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateCanvasRequest request) {
        return idempotent.once(idempotencyKey, request, CanvasView.class, () -> {
            CanvasView created = canvases.create(request);
            return RestResponse.ResponseBuilder.<CanvasView>created(URI.create("/canvases/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listCanvases",
            summary = "List canvases",
            description =
                    "The canvases of your local groups (every one for admins), newest first; filter on local group, "
                            + "partnership, template, status and a text in title or topic.")
    @APIResponse(responseCode = "200", description = "One page of canvases")
    public PageView<CanvasView> list(
            @Parameter(description = "Only canvases of this local group.", example = "gent") @QueryParam("localGroup")
                    String localGroup,
            @Parameter(description = "Only canvases of this partnership.") @QueryParam("partnershipId")
                    String partnershipId,
            @Parameter(
                            description = "Only canvases made from this template.",
                            example = "blended-business-model-canvas")
                    @QueryParam("templateKey")
                    String templateKey,
            @Parameter(
                            description = "Only canvases with this status: draft, in-workshop, presented, archived.",
                            example = "in-workshop")
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only canvases whose title or topic contains this (case-insensitive).",
                            example = "catering")
                    @QueryParam("text")
                    String text,
            @BeanParam @Valid PageRequest page) {
        return canvases.list(CanvasFilter.fromParameters(localGroup, partnershipId, templateKey, status, text), page);
    }

    @GET
    @Path("/{canvasId}")
    @Operation(
            operationId = "getCanvas",
            summary = "Read a canvas",
            description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The canvas")
    public CanvasView get(@PathParam("canvasId") UUID id) {
        return canvases.get(id);
    }

    @PUT
    @Path("/{canvasId}")
    @Operation(
            operationId = "updateCanvas",
            summary = "Change a canvas's title, topic and facilitator",
            description = "Requires If-Match with the ETag you read: 428 without it, 412 with the current canvas when "
                    + "someone changed it since. Only the facilitator (or an admin) may name another facilitator, "
                    + "since that hands over the facilitator rights. Publishes org.weconomics.canvas.updated.")
    @APIResponse(responseCode = "200", description = "The changed canvas, with its new ETag")
    @APIResponse(
            responseCode = "403",
            description = "You named another facilitator, but you are not the facilitator or an admin")
    public CanvasView update(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateCanvasRequest request) {
        return canvases.update(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{canvasId}/status")
    @Operation(
            operationId = "changeCanvasStatus",
            summary = "Move a canvas on in its life",
            description =
                    "draft → in-workshop → presented → archived; a presented canvas may go back to in-workshop for "
                            + "a follow-up session; any canvas may be archived, after which it is read-only. Other moves get 409. "
                            + "Requires If-Match. Publishes org.weconomics.canvas.status-changed.")
    @APIResponse(responseCode = "200", description = "The canvas in its new status, with its new ETag")
    @APIResponse(
            responseCode = "403",
            description = "You archive the canvas, but you are neither its owner nor its facilitator")
    @APIResponse(responseCode = "409", description = "The canvas cannot move to that status from its current one")
    public CanvasView changeStatus(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ChangeCanvasStatusRequest request) {
        return canvases.changeStatus(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @DELETE
    @Path("/{canvasId}")
    @Operation(
            operationId = "deleteCanvas",
            summary = "Delete a canvas",
            description =
                    "Deletes the canvas with its notes and their comments. Once anyone but its owner and facilitator "
                            + "changed the canvas or its notes, only an admin may delete it (409 otherwise: archive it, "
                            + "which keeps it read-only with its history). Requires If-Match: 428 without it, 412 "
                            + "with the current canvas when it changed since. Publishes org.weconomics.canvas.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "You are neither the canvas's owner nor its facilitator")
    @APIResponse(responseCode = "409", description = "Other participants worked on the canvas; archive it instead")
    public void delete(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        canvases.delete(id, IfMatch.requiredVersion(ifMatch));
    }
}
