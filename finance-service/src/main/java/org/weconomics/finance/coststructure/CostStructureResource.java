package org.weconomics.finance.coststructure;

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

@Path("/earnings-models/{earningsModelId}/cost-structure")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Cost structure",
        description = "The partnership's value chain with the cost of every sub-action, per party "
                + "and in total (kostenstructuur)")
public class CostStructureResource {

    private final CostStructureService costs;

    public CostStructureResource(CostStructureService costs) {
        this.costs = costs;
    }

    @GET
    @Operation(
            operationId = "getCostStructure",
            summary = "Read the cost structure",
            description =
                    "The value chain mirrored from the partnership service (activities, sub-actions, responsible "
                            + "partners) with the figures entered here, and per sub-action cost = cost per unit × quantity per "
                            + "customer; per activity and per party the cost per unit and total cost; per party its cost share "
                            + "(largest remainder, adding up to exactly 100.00 %); the totals. Activities the partnership removed "
                            + "stay listed as orphaned, counted apart. Amounts are rounded half-even to cents for display only.")
    @APIResponse(responseCode = "200", description = "The cost structure; the ETag is the model's version")
    public CostStructureView get(@PathParam("earningsModelId") UUID earningsModelId) {
        return costs.get(earningsModelId);
    }

    @PUT
    @Path("/sub-actions/{subActionId}")
    @Operation(
            operationId = "updateSubAction",
            summary = "Enter the figures of a sub-action",
            description = "Sets cost per unit, quantity per customer and, optionally, the party that carries the cost. "
                    + "Requires If-Match with the model's ETag. Publishes org.weconomics.earnings-model.updated.")
    @APIResponse(responseCode = "200", description = "The cost structure after the change, with the model's new ETag")
    public CostStructureView updateSubAction(
            @PathParam("earningsModelId") UUID earningsModelId,
            @PathParam("subActionId") UUID subActionId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateSubActionCostRequest request) {
        return costs.updateSubAction(earningsModelId, subActionId, IfMatch.requiredVersion(ifMatch), request);
    }
}
