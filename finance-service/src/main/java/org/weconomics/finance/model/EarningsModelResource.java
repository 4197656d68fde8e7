package org.weconomics.finance.model;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
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
            operationId = "findEarningsModel",
            summary = "Find the earnings model of a partnership",
            description = "Every partnership gets its earnings model shortly after it is created (from the "
                    + "partnership-created event); until then this answers 404.")
    @APIResponse(responseCode = "200", description = "The partnership's earnings model")
    public EarningsModelView findByPartnership(
            @Parameter(description = "The partnership's id", required = true) @QueryParam("partnershipId") @NotNull
                    UUID partnershipId) {
        return models.getByPartnership(partnershipId);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEarningsModel",
            summary = "Read an earnings model",
            description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The earnings model")
    public EarningsModelView get(@PathParam("id") UUID id) {
        return models.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateEarningsModel",
            summary = "Change an earnings model's settings",
            description = "Requires If-Match with the ETag you read: 428 without it, 412 with the current model when "
                    + "someone changed it since.")
    @APIResponse(responseCode = "200", description = "The changed model, with its new ETag")
    public EarningsModelView update(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateEarningsModelRequest request) {
        return models.update(id, IfMatch.requiredVersion(ifMatch), request);
    }
}
