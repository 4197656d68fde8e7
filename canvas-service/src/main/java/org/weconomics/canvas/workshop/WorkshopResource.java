package org.weconomics.canvas.workshop;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.weconomics.support.problem.ProblemException;

/** The one-day workshop: its plan, participants, the morning's agenda and the afternoon's steps. */
@Path("/workshops")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Workshops",
        description = "The method's one-day workshop: theory in the morning, the canvases filled in step by step in "
                + "the afternoon, presented at the end of the day")
public class WorkshopResource {

    static final String WORKSHOP_ID = "The workshop's id";
    static final String WORKSHOP_ID_EXAMPLE = "5b2c8e1a-7d3f-4c6e-9a1b-2c3d4e5f6a7b";
    static final String IF_MATCH_DESCRIPTION = "The ETag of the workshop version you changed";
    static final String IF_MATCH_RULES = "Requires If-Match with the ETag you read: 428 without it, 412 with the "
            + "current workshop when someone changed it since. ";

    private final WorkshopService workshops;
    private final IdempotentRequests idempotent;

    public WorkshopResource(WorkshopService workshops, IdempotentRequests idempotent) {
        this.workshops = workshops;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createWorkshop",
            summary = "Set up a workshop",
            description = "Sets up a workshop in one of your local groups, with you as facilitator unless you name "
                    + "others (members of the group). It starts planned, with the morning's nine theory topics as its "
                    + "agenda; a full-day format creates its canvases from the shipped templates (the Community Model "
                    + "Canvas, and the Business Model Canvas for full-day-cmc-bmc), linked to it, and one afternoon "
                    + "step per block with the block's guiding questions. Publishes "
                    + "org.weconomics.canvas.workshop-created (and org.weconomics.canvas.created per canvas).")
    @APIResponse(
            responseCode = "201",
            description = "Set up; Location names the new workshop, ETag its version",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    public RestResponse<WorkshopView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateWorkshopRequest request) {
        return idempotent.once(idempotencyKey, request, WorkshopView.class, () -> {
            WorkshopView created = workshops.create(request);
            return RestResponse.ResponseBuilder.<WorkshopView>created(URI.create("/workshops/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listWorkshops",
            summary = "List workshops",
            description = "The workshops of your local groups (every one for admins), the latest day first; filter "
                    + "on local group and status.")
    @APIResponse(responseCode = "200", description = "One page of workshops")
    public PageView<WorkshopView> list(
            @Parameter(description = "Only workshops of this local group.", example = "gent") @QueryParam("localGroup")
                    String localGroup,
            @Parameter(
                            description = "Only workshops with this status: planned, running, presented, closed.",
                            example = "planned")
                    @QueryParam("status")
                    String status,
            @BeanParam @Valid PageRequest page) {
        return workshops.list(localGroup, statusParameter(status), page);
    }

    @GET
    @Path("/{workshopId}")
    @Operation(
            operationId = "getWorkshop",
            summary = "Read a workshop",
            description = "Its plan and where the day is: participants (with the group size advice), agenda, steps, "
                    + "the current step and the shared timer. The ETag header carries the version to send in "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "The workshop")
    public WorkshopView get(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id) {
        return workshops.get(id);
    }

    @PUT
    @Path("/{workshopId}")
    @Operation(
            operationId = "updateWorkshop",
            summary = "Change a workshop's details",
            description = "Title, day and times, place or link, language, variant and case text, facilitators; the "
                    + "local group and the format stay as set up. " + IF_MATCH_RULES
                    + "Publishes org.weconomics.canvas.workshop-changed (part details).")
    @APIResponse(responseCode = "200", description = "The changed workshop, with its new ETag")
    public WorkshopView update(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateWorkshopRequest request) {
        return workshops.update(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{workshopId}/status")
    @Operation(
            operationId = "changeWorkshopStatus",
            summary = "Move a workshop on in its day",
            description = "planned → running → presented → closed, one step at a time and only forward (409 "
                    + "otherwise). Running puts the workshop's draft canvases in-workshop, presented presents them. "
                    + IF_MATCH_RULES + "Publishes org.weconomics.canvas.workshop-status-changed (and "
                    + "org.weconomics.canvas.status-changed per canvas it moves).")
    @APIResponse(responseCode = "200", description = "The workshop in its new status, with its new ETag")
    @APIResponse(responseCode = "409", description = "The workshop cannot move to that status from its current one")
    public WorkshopView changeStatus(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ChangeWorkshopStatusRequest request) {
        return workshops.changeStatus(id, IfMatch.requiredVersion(ifMatch), request);
    }

    static WorkshopStatus statusParameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(WorkshopStatus.values())
                .filter(status -> status.key().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(
                        "status",
                        "must be one of "
                                + Arrays.stream(WorkshopStatus.values())
                                        .map(WorkshopStatus::key)
                                        .collect(Collectors.joining(", "))));
    }
}
