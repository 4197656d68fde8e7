package org.weconomics.partnership.tension;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.rest.QueryValues;

@Path("/partnerships/{partnershipId}/tensions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Hybrid tensions",
        description =
                "Step 2 of the trajectory: the partnership's register of hybrid tensions, "
                        + "with solutions, reviews and the history of every change; for members of the partnership's local group")
public class TensionResource {

    private static final String IF_MATCH = "The ETag of the tension version you based this on";

    private final TensionService tensions;
    private final IdempotentRequests idempotent;

    public TensionResource(TensionService tensions, IdempotentRequests idempotent) {
        this.tensions = tensions;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createTension",
            summary = "Record a tension",
            description = "Adds a tension to the register with status open. The BMC block is the one the partners "
                    + "name, also outside the value domain's usual blocks (the sources do so); the owner must be a current partner. "
                    + "A suggestion is recorded by its key: {\"catalogueKey\": \"…\", \"severity\": \"high\"} takes "
                    + "title, description, value domain, block and category from the typical tension, in the "
                    + "language of Accept-Language. Publishes org.weconomics.partnership.tension-recorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the tension, ETag its version",
            content = @Content(schema = @Schema(implementation = TensionView.class)))
    public RestResponse<TensionView> record(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            TensionRequest request,
            @Context HttpHeaders headers) {
        return idempotent.once(idempotencyKey, request, TensionView.class, () -> {
            TensionView recorded = tensions.record(partnershipId, request, language(headers));
            return RestResponse.ResponseBuilder.<TensionView>created(
                            URI.create("/partnerships/" + partnershipId + "/tensions/" + recorded.id()))
                    .entity(recorded)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listTensions",
            summary = "List the register",
            description = "The partnership's tensions, oldest first, filtered on status, category, value domain, BMC "
                    + "block, and on overdue reviews (a review date in the past while not resolved).")
    @APIResponse(responseCode = "200", description = "One page of tensions")
    public PageView<TensionView> list(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "open, in-dialogue, resolved or accepted.") @QueryParam("status") String status,
            @Parameter(description = "strategic, organisational or legal.") @QueryParam("category") String category,
            @Parameter(description = "value-proposition, value-creation or value-capture.") @QueryParam("valueDomain")
                    String valueDomain,
            @Parameter(description = "A BMC block key, such as revenue-streams.") @QueryParam("bmcBlock")
                    String bmcBlock,
            @Parameter(description = "Only tensions whose review is overdue.") @QueryParam("overdue") boolean overdue,
            @BeanParam @Valid PageRequest page) {
        TensionFilter filter = new TensionFilter(
                QueryValues.parse(TensionStatus.class, status, "status", TensionStatus::jsonName),
                QueryValues.parse(TensionCategory.class, category, "category", TensionCategory::jsonName),
                QueryValues.parse(ValueDomain.class, valueDomain, "valueDomain", ValueDomain::jsonName),
                QueryValues.parse(BmcBlock.class, bmcBlock, "bmcBlock", BmcBlock::jsonName),
                overdue);
        return tensions.list(partnershipId, filter, page);
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getTensionSummary",
            summary = "Summary matrix",
            description = "Per value domain × priority category (plus unprioritised): how many tensions are open "
                    + "(open or in dialogue) and how many resolved (resolved or accepted), with totals and the number "
                    + "of overdue reviews.")
    @APIResponse(responseCode = "200", description = "The matrix")
    public TensionSummary summary(@PathParam("partnershipId") UUID partnershipId) {
        return tensions.summary(partnershipId);
    }

    @GET
    @Path("/{tensionId}")
    @Operation(
            operationId = "getTension",
            summary = "Read a tension",
            description = "The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The tension")
    public TensionView get(@PathParam("partnershipId") UUID partnershipId, @PathParam("tensionId") UUID tensionId) {
        return tensions.get(partnershipId, tensionId);
    }

    @PUT
    @Path("/{tensionId}")
    @Operation(
            operationId = "updateTension",
            summary = "Change a tension",
            description = "Replaces its fields (not its status or solutions). Requires If-Match. Recorded in the "
                    + "history; publishes org.weconomics.partnership.tension-changed.")
    @APIResponse(responseCode = "200", description = "The changed tension, with its new ETag")
    public TensionView update(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("tensionId") UUID tensionId,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            TensionRequest request,
            @Context HttpHeaders headers) {
        return tensions.update(partnershipId, tensionId, IfMatch.requiredVersion(ifMatch), request, language(headers));
    }

    @PUT
    @Path("/{tensionId}/status")
    @Operation(
            operationId = "changeTensionStatus",
            summary = "Move a tension to its next status",
            description = "open → in-dialogue → resolved or accepted; an accepted tension may go back into dialogue. "
                    + "Any other move is refused with 409. Requires If-Match. Recorded in the history; publishes "
                    + "org.weconomics.partnership.tension-changed.")
    @APIResponse(responseCode = "200", description = "The tension in its new status, with its new ETag")
    public TensionView changeStatus(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("tensionId") UUID tensionId,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            TensionStatusRequest request) {
        return tensions.changeStatus(partnershipId, tensionId, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/{tensionId}/solutions")
    @Operation(
            operationId = "createTensionSolution",
            summary = "Add an agreed solution",
            description =
                    "Adds a solution with the day it was agreed and the partners that agreed. Requires If-Match "
                            + "(the tension's version). Recorded in the history; publishes org.weconomics.partnership.tension-changed.")
    @APIResponse(responseCode = "200", description = "The tension with the solution, with its new ETag")
    public TensionView addSolution(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("tensionId") UUID tensionId,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            SolutionRequest request) {
        return tensions.addSolution(partnershipId, tensionId, IfMatch.requiredVersion(ifMatch), request);
    }

    @GET
    @Path("/{tensionId}/history")
    @Operation(
            operationId = "getTensionHistory",
            summary = "History of a tension",
            description = "Every change, oldest first: what was done, by whom, when, which fields changed, and the "
                    + "tension before and after; one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of the history")
    public PageView<TensionChangeView> history(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("tensionId") UUID tensionId,
            @BeanParam @Valid PageRequest page) {
        return tensions.history(partnershipId, tensionId, page);
    }

    private static Language language(HttpHeaders headers) {
        return Language.preferredOf(headers.getAcceptableLanguages());
    }
}
