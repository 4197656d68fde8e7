package org.weconomics.finance.explanation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

@Path("/earnings-models/{earningsModelId}/explanations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Explanations", description = "Why a figure has the value it has: the rule, its formula and its inputs")
public class ExplanationResource {

    private final EarningsModels models;

    public ExplanationResource(EarningsModels models) {
        this.models = models;
    }

    @GET
    @Path("/{figure: .+}")
    @Operation(
            operationId = "explainFigure",
            summary = "Explain a figure",
            description = "The figure is named by its path through the calculated model, segments separated by '/': a "
                    + "field of a result (costStructure, pricing, distributionKey, distribution, projection, then their "
                    + "fields as in the other responses); in a list an element by its id (partyId, activityId, "
                    + "subActionId), method, scenario, year or item, or by index from 0; the last segment names the "
                    + "figure. Examples: costStructure/totalCost, costStructure/parties/{partyId}/costSharePercent, "
                    + "costStructure/activities/{activityId}/subActions/{subActionId}/totalCost, "
                    + "pricing/proposals/fixed-margin/marginPercent, distribution/shares/{partyId}/amount, "
                    + "projection/scenarios/middle/years/2/cumulativeResult. A path that leads nowhere is a 404 "
                    + "naming what exists there.")
    @APIResponse(responseCode = "200", description = "The explanation")
    public ExplanationView explain(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = "The figure's path", example = "costStructure/totalCost") @PathParam("figure")
                    String figure) {
        EarningsModel model = models.accessible(earningsModelId);
        CalculatedModel figures = FiguresCalculator.calculate(ModelInputs.of(model.id));
        List<String> segments =
                Arrays.stream(figure.split("/")).filter(s -> !s.isBlank()).toList();
        FigurePath.Result result = FigurePath.explain(figures, segments);
        if (result.explanation() == null) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND, "Figure " + figure + " cannot be explained: " + result.reason());
        }
        return ExplanationView.of(figure, result.explanation());
    }
}
