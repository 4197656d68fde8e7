package org.weconomics.finance.model;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/earnings-models")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Earnings models", description = "How a partnership's costs and margins are shared")
public class EarningsModelResource {

    private final EarningsModelService models;

    public EarningsModelResource(EarningsModelService models) {
        this.models = models;
    }

    @GET
    @Operation(
            operationId = "listEarningsModels",
            summary = "List earnings models",
            description = "The earnings models of the caller's local groups (every one for admins), by partnership "
                    + "name. A partnership has exactly one model, so `?partnershipId=` finds a partnership's model: "
                    + "the page holds it as `items[0]` (`totalItems` 1). Every partnership gets its model shortly "
                    + "after it is created (from the partnership-created event); until then the page is empty "
                    + "(`totalItems` 0), so a client polls until it is there. The list carries no ETag: read the "
                    + "model (`GET /earnings-models/{earningsModelId}`) for the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "One page of earnings models")
    public PageView<EarningsModelView> list(
            @Parameter(
                            description = "Only the model of this partnership (at most one).",
                            example = "3f0c9a56-4d1e-4b7a-9a43-2a9d7c3e5b10")
                    @QueryParam("partnershipId")
                    UUID partnershipId,
            @Parameter(description = "Only the models of this local group's partnerships.", example = "gent")
                    @QueryParam("localGroup")
                    String localGroup,
            @BeanParam @Valid PageRequest page) {
        return models.list(partnershipId, localGroup, page);
    }

    @GET
    @Path("/{earningsModelId}")
    @Operation(
            operationId = "getEarningsModel",
            summary = "Read an earnings model",
            description = "The ETag header carries the version to send in If-Match. The model's version covers all "
                    + "of the model — settings, parties, cost structure, pricing, distribution and projection — so "
                    + "every part answers it as its ETag and every write of the model answers the new one. It also "
                    + "moves when finance hears that the partnership's partners or value chain changed.")
    @APIResponse(responseCode = "200", description = "The earnings model")
    public EarningsModelView get(@PathParam("earningsModelId") UUID earningsModelId) {
        return models.get(earningsModelId);
    }

    @PUT
    @Path("/{earningsModelId}")
    @Operation(
            operationId = "updateEarningsModel",
            summary = "Change an earnings model's settings",
            description = "Requires If-Match with the ETag you read: 428 without it, 412 with the current model when "
                    + "someone changed it since.")
    @APIResponse(responseCode = "200", description = "The changed model, with its new ETag")
    public EarningsModelView update(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateEarningsModelRequest request) {
        return models.update(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }
}
