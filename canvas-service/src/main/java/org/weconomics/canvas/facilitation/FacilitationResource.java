package org.weconomics.canvas.facilitation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.support.concurrency.IfMatch;

@Path("/canvases/{canvasId}/facilitation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Facilitation",
        description = "What the facilitator of a workshop steers: hidden notes and revealing them, the board lock and "
                + "the group's focus")
public class FacilitationResource {

    static final String IF_MATCH_DESCRIPTION = "The ETag of the facilitation state you read (GET .../facilitation)";
    static final String FORBIDDEN = "You take part as a participant; only the canvas's facilitator and admins may";
    static final String ARCHIVED = "The canvas is archived, so nothing changes on it any more";

    private final FacilitationService facilitation;

    public FacilitationResource(FacilitationService facilitation) {
        this.facilitation = facilitation;
    }

    @GET
    @Operation(
            operationId = "getFacilitation",
            summary = "Read where the workshop stands",
            description = "Hidden mode, the number of hidden notes you can see, the board lock, the block in focus and "
                    + "the open voting round with your used and remaining votes. Everyone who may read the canvas may "
                    + "read it. The ETag is the version of the facilitator's settings (votes cast do not change it); "
                    + "the facilitator sends it back in If-Match.")
    @APIResponse(responseCode = "200", description = "The facilitation state")
    public FacilitationView get(@PathParam("canvasId") UUID id) {
        return facilitation.state(id);
    }

    @PUT
    @Path("/hidden-mode")
    @Operation(
            operationId = "switchHiddenMode",
            summary = "Switch hidden mode on or off",
            description = "While hidden mode is on, every note added is hidden: only its author and the facilitator "
                    + "see it, in every read (notes, export, CSV, pictures, progress, votes), until the facilitator "
                    + "reveals it. Switching off hides no more new notes but reveals nothing. Facilitator only; "
                    + "requires If-Match. Publishes org.weconomics.canvas.hidden-mode-switched.")
    @APIResponse(responseCode = "200", description = "The facilitation state, with its new ETag")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public FacilitationView switchHiddenMode(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateHiddenModeRequest request) {
        return facilitation.switchHiddenMode(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/reveal")
    @Operation(
            operationId = "revealHiddenNotes",
            summary = "Reveal hidden notes",
            description = "Makes the hidden notes of one block (blockKey), or all hidden notes ({} or a null "
                    + "blockKey), visible to everyone who may read the canvas. Hidden mode stays as it is. Facilitator "
                    + "only; requires If-Match. Publishes org.weconomics.canvas.notes-revealed with the revealed notes "
                    + "(nothing when there was nothing to reveal).")
    @APIResponse(responseCode = "200", description = "The revealed notes and the facilitation state, with its new ETag")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public RevealedNotesView reveal(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            RevealNotesRequest request) {
        return facilitation.reveal(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/lock")
    @Operation(
            operationId = "lockBoard",
            summary = "Lock or unlock the board",
            description = "While the board is locked, participants get 409 when they add, change, move or remove "
                    + "notes; the facilitator still can, and everyone still votes and comments. Facilitator only; "
                    + "requires If-Match. Publishes org.weconomics.canvas.board-locked or board-unlocked.")
    @APIResponse(responseCode = "200", description = "The facilitation state, with its new ETag")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public FacilitationView lock(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateLockRequest request) {
        return facilitation.lock(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/focus")
    @Operation(
            operationId = "moveFocus",
            summary = "Move the group to a block",
            description = "\"We are now at channels\": everyone reads the block in focus in the facilitation state and "
                    + "in the progress. A null blockKey clears the focus. Facilitator only; requires If-Match. "
                    + "Publishes org.weconomics.canvas.focus-moved.")
    @APIResponse(responseCode = "200", description = "The facilitation state, with its new ETag")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public FacilitationView moveFocus(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateFocusRequest request) {
        return facilitation.moveFocus(id, IfMatch.requiredVersion(ifMatch), request);
    }
}
