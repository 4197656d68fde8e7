package org.weconomics.finance.exchange;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.http.Attachments;
import org.weconomics.support.http.Download;
import org.weconomics.support.rest.QueryValues;

@Path("/earnings-models/{earningsModelId}")
@Authenticated
@Tag(name = "Exchange", description = "The earnings model as the method's Excel workbook and as CSV tables")
public class ExchangeResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    private static final String CSV_UTF8 = CSV + "; charset=UTF-8";

    private final ExchangeService exchange;

    public ExchangeResource(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @GET
    @Path("/workbook")
    @Produces(XLSX)
    @Operation(
            operationId = "downloadWorkbook",
            summary = "Export the workbook",
            description = "Laid out like the method's template, headers in Dutch with English below: sheet "
                    + "'Prijsbepaling & marge' (the four methods side by side, the margin distribution, and the pricing "
                    + "and distribution inputs), 'Kostenstructuur' (per party) and 'Activiteiten' (per sub-action). "
                    + "Where the template calculates, the cells hold live formulas (sub-action cost = cost per unit × "
                    + "quantity, SUM totals, per party SUMIFS, margin = price − cost, margin % = margin ÷ price) with "
                    + "their values cached. Distributed amounts are values: they follow the rounding rule.")
    @APIResponse(responseCode = "200", description = "The workbook (.xlsx)")
    public RestResponse<byte[]> workbook(@PathParam("earningsModelId") UUID earningsModelId) {
        return attachment(exchange.workbook(earningsModelId), XLSX, "xlsx");
    }

    @PUT
    @Path("/workbook")
    @Consumes(XLSX)
    @Operation(
            operationId = "importWorkbook",
            summary = "Import the workbook",
            description = "Takes from a workbook exported here (and edited): the cost per unit, quantity and party of "
                    + "each sub-action on 'Activiteiten' (matched by sub-action id), and the pricing and distribution "
                    + "input blocks; calculated cells are ignored and calculated again. Checked like the separate PUTs: "
                    + "400 naming the input path or the sheet and cell. Requires If-Match with the model's ETag. "
                    + "Answers the model's new version as ETag. Publishes org.weconomics.earnings-model.updated, and "
                    + "distribution-changed when the rule changed.")
    @APIResponse(responseCode = "204", description = "Imported; ETag is the model's new version")
    public RestResponse<Void> importWorkbook(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(description = EarningsModels.IF_MATCH, required = true, example = "\"3\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            byte[] workbook) {
        long modelVersion = exchange.importWorkbook(earningsModelId, IfMatch.requiredVersion(ifMatch), workbook);
        return RestResponse.ResponseBuilder.<Void>noContent()
                .header(HttpHeaders.ETAG, IfMatch.entityTag(modelVersion))
                .build();
    }

    @GET
    @Path("/cost-structure.csv")
    @Produces(CSV)
    @Operation(
            operationId = "downloadCostStructureCsv",
            summary = "Export the cost structure as CSV",
            description = "One line per sub-action, orphaned ones last.")
    @APIResponse(responseCode = "200", description = "The table")
    public RestResponse<String> costStructureCsv(@PathParam("earningsModelId") UUID earningsModelId) {
        return attachment(exchange.costStructureCsv(earningsModelId), CSV_UTF8, "csv");
    }

    @GET
    @Path("/distribution.csv")
    @Produces(CSV)
    @Operation(
            operationId = "downloadDistributionCsv",
            summary = "Export the margin distribution as CSV",
            description = "One line per partner: key percent and, once there is a margin to divide, incentive, key "
                    + "share, amount and percent of the total.")
    @APIResponse(responseCode = "200", description = "The table")
    public RestResponse<String> distributionCsv(@PathParam("earningsModelId") UUID earningsModelId) {
        return attachment(exchange.distributionCsv(earningsModelId), CSV_UTF8, "csv");
    }

    @GET
    @Path("/projection.csv")
    @Produces(CSV)
    @Operation(
            operationId = "downloadProjectionCsv",
            summary = "Export a projection scenario as CSV",
            description = "One line per year, year 0 first.")
    @APIResponse(responseCode = "200", description = "The table")
    public RestResponse<String> projectionCsv(
            @PathParam("earningsModelId") UUID earningsModelId,
            @Parameter(
                            description = "The scenario; middle when left out",
                            schema = @Schema(implementation = Scenario.class))
                    @QueryParam("scenario")
                    String scenario) {
        return attachment(
                exchange.projectionCsv(
                        earningsModelId, QueryValues.parse(Scenario.class, scenario, "scenario", Scenario::jsonName)),
                CSV_UTF8,
                "csv");
    }

    private static <T> RestResponse<T> attachment(Download<T> download, String mediaType, String extension) {
        return RestResponse.ResponseBuilder.ok(download.content(), mediaType)
                .header(Attachments.HEADER, Attachments.of(download.name(), "earnings-model", extension))
                .build();
    }
}
