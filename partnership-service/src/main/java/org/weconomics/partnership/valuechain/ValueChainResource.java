package org.weconomics.partnership.valuechain;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;

@Path("/partnerships/{partnershipId}/value-chain")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Value chain",
        description = "Step 1 of the trajectory: the partnership's ordered activities with their "
                + "responsible partners and sub-actions; for members of the partnership's local group")
public class ValueChainResource {

    private static final String ACTIVITY_IF_MATCH = "The ETag of the activity version you based this on";

    private final ValueChainService valueChain;
    private final IdempotentRequests idempotent;

    public ValueChainResource(ValueChainService valueChain, IdempotentRequests idempotent) {
        this.valueChain = valueChain;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(
            operationId = "getValueChain",
            summary = "Read the value chain",
            description = "Every activity in order. The ETag is the value chain's version (it moves when an activity "
                    + "is removed or the chain is reordered, not with the partnership's own fields): send it to "
                    + "reorder. Each activity carries its own version, for changing or removing it.")
    @APIResponse(responseCode = "200", description = "The value chain")
    public ValueChainView chain(@PathParam("partnershipId") UUID partnershipId) {
        return valueChain.chain(partnershipId);
    }

    @POST
    @Path("/activities")
    @Operation(
            operationId = "createActivity",
            summary = "Add an activity",
            description =
                    "Appends an activity with its responsible partners (current partners of the partnership), "
                            + "responsibilities and sub-actions. Publishes org.weconomics.partnership.value-chain-activity-added.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the activity, ETag its version",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public RestResponse<ActivityView> add(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            ActivityRequest request) {
        return idempotent.once(idempotencyKey, request, ActivityView.class, () -> {
            ActivityView added = valueChain.add(partnershipId, request);
            return RestResponse.ResponseBuilder.<ActivityView>created(
                            URI.create("/partnerships/" + partnershipId + "/value-chain/activities/" + added.id()))
                    .entity(added)
                    .build();
        });
    }

    @GET
    @Path("/activities/{activityId}")
    @Operation(
            operationId = "getActivity",
            summary = "Read an activity",
            description = "The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The activity")
    public ActivityView get(@PathParam("partnershipId") UUID partnershipId, @PathParam("activityId") UUID activityId) {
        return valueChain.get(partnershipId, activityId);
    }

    @PUT
    @Path("/activities/{activityId}")
    @Operation(
            operationId = "updateActivity",
            summary = "Change an activity",
            description = "Replaces name, description, responsible partners, responsibilities and sub-actions; "
                    + "sub-actions sent with their id keep it. Requires If-Match. Publishes "
                    + "org.weconomics.partnership.value-chain-activity-changed.")
    @APIResponse(responseCode = "200", description = "The changed activity, with its new ETag")
    public ActivityView update(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("activityId") UUID activityId,
            @Parameter(description = ACTIVITY_IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ActivityRequest request) {
        return valueChain.update(partnershipId, activityId, IfMatch.requiredVersion(ifMatch), request);
    }

    @DELETE
    @Path("/activities/{activityId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "deleteActivity",
            summary = "Remove an activity",
            description = "Removes the activity with its sub-actions; the later activities move up. Requires If-Match "
                    + "with the activity's ETag. Publishes org.weconomics.partnership.value-chain-activity-removed and, "
                    + "when positions changed, org.weconomics.partnership.value-chain-reordered. Answers the value chain "
                    + "as it is now: its ETag is the chain's new version, and the activities that moved up carry "
                    + "their new versions (an activity's version covers its position).")
    @APIResponse(
            responseCode = "200",
            description = "Removed; the value chain without it, with its new ETag",
            content = @Content(schema = @Schema(implementation = ValueChainView.class)))
    public RestResponse<ValueChainView> remove(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("activityId") UUID activityId,
            @Parameter(description = ACTIVITY_IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        ValueChainView chain = valueChain.remove(partnershipId, activityId, IfMatch.requiredVersion(ifMatch));
        // Set here: the shared ETag filter leaves the answers of DELETE untagged.
        return RestResponse.ResponseBuilder.ok(chain)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(chain.version()))
                .build();
    }

    @PUT
    @Path("/order")
    @Operation(
            operationId = "reorderValueChain",
            summary = "Reorder the value chain",
            description = "Sets the order of every activity. Requires If-Match with the value chain's ETag; "
                    + "`activityIds` must name every activity exactly once, so a chain that gained an activity since "
                    + "you read it is refused with 400 naming `activityIds`. Answers the chain with its new ETag; the "
                    + "activities that moved carry their new versions. Publishes "
                    + "org.weconomics.partnership.value-chain-reordered.")
    @APIResponse(responseCode = "200", description = "The value chain in its new order, with its new ETag")
    public ValueChainView reorder(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(
                            description = "The ETag of the value chain you based this on",
                            required = true,
                            example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ReorderRequest request) {
        return valueChain.reorder(partnershipId, IfMatch.requiredVersion(ifMatch), request);
    }
}
