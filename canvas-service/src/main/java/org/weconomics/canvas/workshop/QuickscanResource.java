package org.weconomics.canvas.workshop;

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

/** The quickscan the client answers before an own-case workshop. */
@Path("/workshops/{workshopId}/quickscan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
public class QuickscanResource {

    private final QuickscanService quickscan;

    public QuickscanResource(QuickscanService quickscan) {
        this.quickscan = quickscan;
    }

    @GET
    @Operation(
            operationId = "getWorkshopQuickscan",
            summary = "Read a workshop's quickscan",
            description = "The questions, grouped by the blocks of the Community Model Canvas (the CMC template's "
                    + "guiding questions) after a group of the platform's own questions about the case (marked "
                    + "ownQuestion: the sources name the quickscan but give no questions), with the answers so far. "
                    + "The ETag is the workshop's version.")
    @APIResponse(responseCode = "200", description = "The quickscan")
    public QuickscanView get(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id) {
        return quickscan.get(id);
    }

    @PUT
    @Operation(
            operationId = "answerWorkshopQuickscan",
            summary = "Answer a workshop's quickscan",
            description = "The answers by question key, as they are to be; for an own-case workshop they become its "
                    + "case description. " + WorkshopResource.IF_MATCH_RULES
                    + "Publishes org.weconomics.canvas.workshop-changed (part quickscan).")
    @APIResponse(responseCode = "200", description = "The quickscan with its answers, with the workshop's new ETag")
    public QuickscanView answer(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = WorkshopResource.IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateQuickscanRequest request) {
        return quickscan.answer(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/draft-notes")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "draftWorkshopQuickscanNotes",
            summary = "Turn the quickscan's answers into draft notes",
            description = "Once: each answer to a block's question becomes a note in that block of the workshop's "
                    + "Community Model Canvas, naming its question, hidden until the facilitator reveals it. "
                    + WorkshopResource.IF_MATCH_RULES + "Publishes org.weconomics.canvas.note-added per note and "
                    + "org.weconomics.canvas.workshop-changed (part quickscan).")
    @APIResponse(responseCode = "200", description = "The hidden notes, with the workshop's new ETag")
    @APIResponse(
            responseCode = "409",
            description = "Drafted already, no block question answered, no CMC (half day), or the canvas is archived")
    public DraftNotesView draftNotes(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = WorkshopResource.IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return quickscan.draftNotes(id, IfMatch.requiredVersion(ifMatch));
    }
}
