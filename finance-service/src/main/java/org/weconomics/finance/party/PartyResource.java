package org.weconomics.finance.party;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;

@Path("/earnings-models/{earningsModelId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Parties",
        description = "Who carries the costs: the partnership's partners (kept in step with the "
                + "partnership service) and external suppliers entered here")
public class PartyResource {

    private final PartyService parties;
    private final IdempotentRequests idempotent;

    public PartyResource(PartyService parties, IdempotentRequests idempotent) {
        this.parties = parties;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/parties")
    @Operation(
            operationId = "listParties",
            summary = "List the parties of an earnings model",
            description = "Partners first as they joined the partnership, then external suppliers as they were added: "
                    + "the order of every per-party figure. The ETag is the model's version.")
    @APIResponse(responseCode = "200", description = "The parties")
    public PartiesView list(@PathParam("earningsModelId") UUID earningsModelId) {
        return parties.list(earningsModelId);
    }

    @GET
    @Path("/parties/{partyId}")
    @Operation(
            operationId = "getParty",
            summary = "Read a party",
            description = "A partner or an external supplier of the model.")
    @APIResponse(responseCode = "200", description = "The party")
    public PartyView get(@PathParam("earningsModelId") UUID earningsModelId, @PathParam("partyId") UUID partyId) {
        return parties.get(earningsModelId, partyId);
    }

    @POST
    @Path("/external-suppliers")
    @Operation(
            operationId = "createExternalSupplier",
            summary = "Add an external supplier",
            description = "An external supplier carries costs of sub-actions but takes no share of the margin. "
                    + "Adding one moves the model's version: the answer's ETag is the model's new version (not the "
                    + "party's, which has none of its own), to send with the next change of the model. A replayed "
                    + "answer (same Idempotency-Key) carries no ETag: read the model for its current one. Publishes "
                    + "org.weconomics.earnings-model.updated.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the party, ETag is the model's new version",
            content = @Content(schema = @Schema(implementation = PartyView.class)))
    public RestResponse<PartyView> addExternalSupplier(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            AddExternalSupplierRequest request) {
        return idempotent.once(idempotencyKey, request, PartyView.class, () -> {
            PartyService.AddedSupplier added = parties.addExternalSupplier(earningsModelId, request);
            return RestResponse.ResponseBuilder.<PartyView>created(URI.create("/earnings-models/" + earningsModelId
                            + "/parties/" + added.supplier().id()))
                    .entity(added.supplier())
                    .header(HttpHeaders.ETAG, IfMatch.entityTag(added.modelVersion()))
                    .build();
        });
    }

    @DELETE
    @Path("/external-suppliers/{partyId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "deleteExternalSupplier",
            summary = "Remove an external supplier",
            description = "Requires If-Match with the model's ETag. Refused with 409, naming the fields, while the "
                    + "supplier still carries a sub-action or appears in an investment or yearly cost line; partners "
                    + "cannot be removed here (409), they leave through the partnership service. The answer's ETag is "
                    + "the model's new version.")
    @APIResponse(responseCode = "204", description = "Removed; ETag is the model's new version")
    public RestResponse<Void> removeExternalSupplier(
            @PathParam("earningsModelId") UUID earningsModelId,
            @PathParam("partyId") UUID partyId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        long modelVersion = parties.removeExternalSupplier(earningsModelId, partyId, IfMatch.requiredVersion(ifMatch));
        return RestResponse.ResponseBuilder.<Void>noContent()
                .header(HttpHeaders.ETAG, IfMatch.entityTag(modelVersion))
                .build();
    }
}
