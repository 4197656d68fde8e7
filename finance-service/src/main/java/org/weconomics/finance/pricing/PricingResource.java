package org.weconomics.finance.pricing;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;

@Path("/earnings-models/{earningsModelId}/pricing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pricing", description = "The four pricing methods side by side (prijsbepaling) and the chosen one")
public class PricingResource {

    private final PricingService pricing;

    public PricingResource(PricingService pricing) {
        this.pricing = pricing;
    }

    @GET
    @Operation(
            operationId = "getPricing",
            summary = "Compare the pricing methods",
            description = "Fixed price, fixed margin, market alternatives and added value side by side, each from the "
                    + "cost structure's unit cost: recommended price, margin, margin %, subsidy, total margin, total "
                    + "margin %. Prices that are calculated are rounded half-even to cents; the margin is taken from "
                    + "the exact unit cost.")
    @APIResponse(responseCode = "200", description = "The pricing; the ETag is the model's version")
    public PricingView get(@PathParam("earningsModelId") UUID earningsModelId) {
        return pricing.get(earningsModelId);
    }

    @PUT
    @Operation(
            operationId = "updatePricing",
            summary = "Fill in the pricing methods",
            description = "Replaces every method and the chosen one; methods left out are not used. Requires If-Match "
                    + "with the model's ETag. Publishes org.weconomics.earnings-model.updated and, when the chosen "
                    + "method or its price changed, org.weconomics.earnings-model.price-chosen.")
    @APIResponse(responseCode = "200", description = "The pricing after the change, with the model's new ETag")
    public PricingView update(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdatePricingRequest request) {
        return pricing.update(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }
}
