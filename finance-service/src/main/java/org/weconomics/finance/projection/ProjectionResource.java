package org.weconomics.finance.projection;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.rest.QueryValues;

@Path("/earnings-models/{earningsModelId}/projection")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Projection",
        description = "Investments, revenues under best / middle / worst scenarios and yearly costs "
                + "over the years, per party")
public class ProjectionResource {

    private static final String UPDATES =
            " Requires If-Match with the model's ETag. Publishes " + "org.weconomics.earnings-model.updated.";

    private final ProjectionService projection;

    public ProjectionResource(ProjectionService projection) {
        this.projection = projection;
    }

    @GET
    @Operation(
            operationId = "getProjection",
            summary = "Project the model over the years",
            description =
                    "Per scenario, year 0 (investments before the start) to the horizon: volume, revenue = price × "
                            + "volume, costs = cost per customer × volume + yearly cost lines, margin, subsidy, investments, "
                            + "result, cumulative result and the break-even year; per party too, with its share of the margin by "
                            + "the distribution rule. Amounts are booked in cents. A scenario without overrides equals the base.")
    @APIResponse(responseCode = "200", description = "The projection; the ETag is the model's version")
    public ProjectionView get(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(
                            description = "Only this scenario; all three when left out",
                            schema = @Schema(implementation = Scenario.class))
                    @QueryParam("scenario")
                    String scenario) {
        return projection.get(
                earningsModelId, QueryValues.parse(Scenario.class, scenario, "scenario", Scenario::jsonName));
    }

    @PUT
    @Path("/revenue")
    @Operation(
            operationId = "updateProjectionRevenue",
            summary = "Set the horizon, revenue base and scenarios",
            description = "Replaces the horizon (1 to 50 years), the base price, subsidy and volume per year, and the "
                    + "best / middle / worst overrides." + UPDATES)
    @APIResponse(responseCode = "200", description = "The projection after the change, with the model's new ETag")
    public ProjectionView updateRevenue(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateRevenueRequest request) {
        return projection.updateRevenue(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/investments")
    @Operation(
            operationId = "updateProjectionInvestments",
            summary = "Set the investments",
            description =
                    "Replaces every investment (party, year 0 to the horizon, item, amount). The revenue base must "
                            + "be set first (409 otherwise)." + UPDATES)
    @APIResponse(responseCode = "200", description = "The projection after the change, with the model's new ETag")
    public ProjectionView updateInvestments(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateInvestmentsRequest request) {
        return projection.updateInvestments(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/yearly-costs")
    @Operation(
            operationId = "updateProjectionYearlyCosts",
            summary = "Set the yearly cost lines",
            description =
                    "Replaces every yearly cost line (party, item, cost per piece, quantity). The revenue base must "
                            + "be set first (409 otherwise)." + UPDATES)
    @APIResponse(responseCode = "200", description = "The projection after the change, with the model's new ETag")
    public ProjectionView updateYearlyCosts(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateYearlyCostsRequest request) {
        return projection.updateYearlyCosts(earningsModelId, IfMatch.requiredVersion(ifMatch), request);
    }
}
