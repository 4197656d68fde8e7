package org.weconomics.finance.distribution;

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

@Path("/earnings-models/{earningsModelId}/distribution")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Margin distribution",
        description = "How the margin is divided among the partners (marge verdeling, " + "verdeelsleutel)")
public class DistributionResource {

    static final String ROUNDING_RULE = "Rounding: the parts always add up exactly to the whole. Incentives come off "
            + "the top (amounts as agreed, percentages of the total), the rest is divided by the key exactly (as "
            + "fractions), floors and caps hold a partner and the rest is divided again among the others; then every "
            + "exact part is rounded down to the cent and the cents left over go one each to the parts with the largest "
            + "remainders, on equal remainders to the partner listed first (largest-remainder method). Percentages are "
            + "rounded to two decimals the same way, so they add up to exactly 100.00. A loss is shared by the key "
            + "alone.";

    private final DistributionService distribution;

    public DistributionResource(DistributionService distribution) {
        this.distribution = distribution;
    }

    @GET
    @Operation(
            operationId = "getDistribution",
            summary = "Read the margin distribution",
            description = "The rule (key, fixed percentages, incentives, floors and caps), every partner's percentage "
                    + "under the key, and, once a price is chosen and the revenue base has a volume for year 1, that "
                    + "year's margin divided among the partners. External suppliers take no share. " + ROUNDING_RULE)
    @APIResponse(responseCode = "200", description = "The distribution; the ETag is the model's version")
    public DistributionView get(@PathParam("earningsModelId") UUID earningsModelId) {
        return distribution.get(earningsModelId);
    }

    @PUT
    @Operation(
            operationId = "updateDistribution",
            summary = "Set the margin distribution rule",
            description = "Replaces the whole rule. Fixed percentages must add up to 100, parties must be partners of "
                    + "the model, amounts whole cents; each wrong field is named. Requires If-Match with the model's "
                    + "ETag. Publishes org.weconomics.earnings-model.updated and "
                    + "org.weconomics.earnings-model.distribution-changed with every partner's resulting share. "
                    + ROUNDING_RULE)
    @APIResponse(responseCode = "200", description = "The distribution after the change, with the model's new ETag")
    public DistributionView update(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateDistributionRequest request) {
        return distribution.update(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }
}
