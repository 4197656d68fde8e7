package org.weconomics.canvas.workshop;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
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

/**
 * Running the day: who takes part, the morning's agenda, the afternoon's steps, the step the group is at and the
 * shared timer. Every change names the workshop version it was based on, so two facilitators cannot overwrite each
 * other.
 */
@Path("/workshops/{workshopId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
public class WorkshopDayResource {

    private static final String IF_MATCH_DESCRIPTION = WorkshopResource.IF_MATCH_DESCRIPTION;
    private static final String IF_MATCH_RULES = WorkshopResource.IF_MATCH_RULES;
    private static final String TIMER_EVENT = "Publishes org.weconomics.canvas.workshop-timer-changed as a change of "
            + "the current step's canvas, which its live feed carries to every screen.";
    private static final String NO_STEP = "The group is at no step yet, or the timer cannot do this in its state";

    private final WorkshopService workshops;
    private final WorkshopTimerService timer;

    public WorkshopDayResource(WorkshopService workshops, WorkshopTimerService timer) {
        this.workshops = workshops;
        this.timer = timer;
    }

    @PUT
    @Path("/participants")
    @Operation(
            operationId = "updateWorkshopParticipants",
            summary = "Set who takes part in a workshop",
            description = "The whole list: members of the local group (subject) and named guests without an account "
                    + "(name), each with their attendance (invited, present, absent). The response carries a "
                    + "groupSizeAdvice when fewer than 10 or more than 20 are not absent: the method's advice, not a "
                    + "refusal. " + IF_MATCH_RULES + "Publishes org.weconomics.canvas.workshop-changed (part "
                    + "participants).")
    @APIResponse(responseCode = "200", description = "The workshop with its participants, with its new ETag")
    public WorkshopView updateParticipants(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateParticipantsRequest request) {
        return workshops.updateParticipants(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/agenda")
    @Operation(
            operationId = "updateWorkshopAgenda",
            summary = "Change the morning's agenda",
            description = "The theory topics in their order, in Dutch and English, each with its minutes; a new "
                    + "workshop starts with the nine topics of the method's training. " + IF_MATCH_RULES
                    + "Publishes org.weconomics.canvas.workshop-changed (part agenda).")
    @APIResponse(responseCode = "200", description = "The workshop with its new agenda, with its new ETag")
    public WorkshopView updateAgenda(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateAgendaRequest request) {
        return workshops.updateAgenda(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/steps")
    @Operation(
            operationId = "updateWorkshopSteps",
            summary = "Change the afternoon's steps",
            description = "The steps in their order: a block of one of the workshop's canvases each, with its "
                    + "timebox; title and questionnaire come from the block. The group then stands at no step and the "
                    + "timer stops. " + IF_MATCH_RULES
                    + "Publishes org.weconomics.canvas.workshop-changed (part steps).")
    @APIResponse(responseCode = "200", description = "The workshop with its new steps, with its new ETag")
    public WorkshopView updateSteps(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateStepsRequest request) {
        return workshops.updateSteps(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/steps/current")
    @Operation(
            operationId = "moveToWorkshopStep",
            summary = "Move the group to a step",
            description = "The step's canvas focuses on its block, as the facilitator's focus does, and the timer of "
                    + "the step before stops. " + IF_MATCH_RULES + "Publishes org.weconomics.canvas.workshop-changed "
                    + "(part current-step) and org.weconomics.canvas.focus-moved on the step's canvas.")
    @APIResponse(responseCode = "200", description = "The workshop at its new step, with its new ETag")
    @APIResponse(responseCode = "409", description = "The step's canvas is archived")
    public WorkshopView moveToStep(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            MoveToStepRequest request) {
        return workshops.moveToStep(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/timer/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "startWorkshopTimer",
            summary = "Start the shared timer",
            description = "Starts the current step's timebox, or resumes a paused timer with the time it had left. "
                    + IF_MATCH_RULES + TIMER_EVENT)
    @APIResponse(responseCode = "200", description = "The workshop with its running timer, with its new ETag")
    @APIResponse(responseCode = "409", description = NO_STEP)
    public WorkshopView startTimer(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return timer.start(id, IfMatch.requiredVersion(ifMatch));
    }

    @POST
    @Path("/timer/pause")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "pauseWorkshopTimer",
            summary = "Pause the shared timer",
            description = "Keeps the time left until it is started again. " + IF_MATCH_RULES + TIMER_EVENT)
    @APIResponse(responseCode = "200", description = "The workshop with its paused timer, with its new ETag")
    @APIResponse(responseCode = "409", description = NO_STEP)
    public WorkshopView pauseTimer(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return timer.pause(id, IfMatch.requiredVersion(ifMatch));
    }

    @POST
    @Path("/timer/extend")
    @Operation(
            operationId = "extendWorkshopTimer",
            summary = "Give the step more time",
            description = "Adds minutes to a running or paused timer. " + IF_MATCH_RULES + TIMER_EVENT)
    @APIResponse(responseCode = "200", description = "The workshop with its extended timer, with its new ETag")
    @APIResponse(responseCode = "409", description = NO_STEP)
    public WorkshopView extendTimer(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ExtendTimerRequest request) {
        return timer.extend(id, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/timer/end")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "endWorkshopTimer",
            summary = "End the shared timer",
            description = "Stops the timer of the current step. " + IF_MATCH_RULES + TIMER_EVENT)
    @APIResponse(responseCode = "200", description = "The workshop with its stopped timer, with its new ETag")
    @APIResponse(responseCode = "409", description = NO_STEP)
    public WorkshopView endTimer(
            @Parameter(description = WorkshopResource.WORKSHOP_ID, example = WorkshopResource.WORKSHOP_ID_EXAMPLE)
                    @PathParam("workshopId")
                    UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return timer.end(id, IfMatch.requiredVersion(ifMatch));
    }
}
