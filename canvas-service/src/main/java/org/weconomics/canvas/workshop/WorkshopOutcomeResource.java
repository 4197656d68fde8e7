package org.weconomics.canvas.workshop;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.canvas.picture.rest.CanvasPictureResource;
import org.weconomics.canvas.template.Language;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.http.Attachments;
import org.weconomics.support.http.Download;

/** The end of the day and after: the presentation, and what the workshop agreed to do next. */
@Path("/workshops/{workshopId}")
@Authenticated
@Tag(name = "Workshops")
public class WorkshopOutcomeResource {

    private final WorkshopService workshops;
    private final PresentationService presentations;

    public WorkshopOutcomeResource(WorkshopService workshops, PresentationService presentations) {
        this.workshops = workshops;
        this.presentations = presentations;
    }

    @PUT
    @Path("/next-steps")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateWorkshopNextSteps",
            summary = "Record what happens after the day",
            description = "The whole list of next steps in their order: each a kind (invite-to-local-group, "
                    + "start-partnership-trajectory, join-weconomics-network, other), a text, optionally an owner (the "
                    + "token subject of a member of the workshop's local group, 400 naming nextSteps[i].owner "
                    + "otherwise) and a due date. They appear in the workshop, in its presentation and in "
                    + "org.weconomics.workshop.presented. " + WorkshopResource.IF_MATCH_RULES
                    + "Publishes org.weconomics.canvas.workshop-changed (part next-steps).")
    @APIResponse(responseCode = "200", description = "The workshop with its next steps, with its new ETag")
    public WorkshopView updateNextSteps(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID workshopId,
            @Parameter(description = WorkshopResource.IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateNextStepsRequest request) {
        return workshops.updateNextSteps(workshopId, IfMatch.requiredVersion(ifMatch), request);
    }

    @GET
    @Path("/presentation.pdf")
    @Produces(CanvasPictureResource.PDF)
    @Operation(
            operationId = "downloadWorkshopPresentation",
            summary = "Download the presentation at the end of the day",
            description = "One PDF to put on the screen and send afterwards, every page A3 landscape, in the "
                    + "workshop's language (nl or en): a title page (title, date and times, place or link, local "
                    + "group); each canvas of the workshop on a page of its own at full size, exactly as its picture "
                    + "PDF draws it (with the votes of its latest closed round); then the votes of every closed "
                    + "voting round, ranked, with counts; the decisions (notes cannot be marked as decisions yet, "
                    + "which the section says); the open questions per block (guiding questions no note answers); "
                    + "the participants with their attendance and the facilitators; the next steps. Shows the notes "
                    + "you may see. Content-Disposition names the file after the workshop's title.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF document",
            content =
                    @Content(
                            mediaType = CanvasPictureResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> presentation(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID workshopId) {
        Download<byte[]> presentation = presentations.pdf(workshopId);
        return RestResponse.ResponseBuilder.ok(presentation.content(), CanvasPictureResource.PDF)
                .header(Attachments.HEADER, Attachments.of(presentation.name(), "workshop", "pdf"))
                .header(Language.CONTENT_LANGUAGE, presentations.languageOf(workshopId))
                .build();
    }
}
