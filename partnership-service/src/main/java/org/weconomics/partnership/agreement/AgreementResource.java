package org.weconomics.partnership.agreement;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.http.Attachments;

@Path("/partnerships/{partnershipId}/agreement")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Collaboration agreement",
        description =
                "Step 4 of the trajectory: the seven elements of the collaboration "
                        + "agreement, assembled from the partnership's data with the partners' own text, and its Word and Markdown drafts")
public class AgreementResource {

    private final AgreementService agreements;

    public AgreementResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GET
    @Operation(
            operationId = "getAgreement",
            summary = "Read the agreement",
            description = "The seven elements, each with its status, the partners' text, facts and tables assembled "
                    + "from partners, value chain, the earnings model's distribution and the tension register, and the "
                    + "points still to settle. In the language of Accept-Language (nl or en).")
    @APIResponse(responseCode = "200", description = "The agreement")
    public AgreementView agreement(@PathParam("partnershipId") UUID partnershipId, @Context HttpHeaders headers) {
        return agreements.agreement(partnershipId, language(headers));
    }

    @PUT
    @Path("/elements/{number}")
    @Operation(
            operationId = "updateAgreementElement",
            summary = "Change an element's text and status",
            description = "Replaces the partners' own text and the status of element 1–7. Requires If-Match with the "
                    + "element's version (\"0\" before its first edit). Publishes "
                    + "org.weconomics.partnership.agreement-element-changed.")
    @APIResponse(responseCode = "200", description = "The element, with its new ETag")
    public AgreementView.Element changeElement(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "The element's number, 1–7.", example = "4") @PathParam("number") int number,
            @Parameter(description = "The ETag of the element you read", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            AgreementElementRequest request,
            @Context HttpHeaders headers) {
        return agreements.changeElement(
                partnershipId, number, IfMatch.requiredVersion(ifMatch), request, language(headers));
    }

    @GET
    @Path("/document.docx")
    @Produces(AgreementDocx.MEDIA_TYPE)
    @Operation(
            operationId = "downloadAgreementDocx",
            summary = "Download as Word draft",
            description =
                    "An editable DOCX: title, date and draft version, a heading per element, tables for partners, "
                            + "activities, distribution and risks. Dutch or English by Accept-Language.")
    @APIResponse(
            responseCode = "200",
            description = "The DOCX file",
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> docx(@PathParam("partnershipId") UUID partnershipId, @Context HttpHeaders headers) {
        AgreementView agreement = agreements.agreement(partnershipId, language(headers));
        return download(AgreementDocx.render(agreement), AgreementDocx.MEDIA_TYPE, agreement, "docx");
    }

    @GET
    @Path("/document.md")
    @Produces(AgreementMarkdown.MEDIA_TYPE)
    @Operation(
            operationId = "downloadAgreementMarkdown",
            summary = "Download as Markdown",
            description = "The same draft as Markdown text.")
    @APIResponse(
            responseCode = "200",
            description = "The Markdown file",
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> markdown(@PathParam("partnershipId") UUID partnershipId, @Context HttpHeaders headers) {
        AgreementView agreement = agreements.agreement(partnershipId, language(headers));
        return download(
                AgreementMarkdown.render(agreement).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                AgreementMarkdown.MEDIA_TYPE + "; charset=UTF-8",
                agreement,
                "md");
    }

    private static RestResponse<byte[]> download(
            byte[] content, String mediaType, AgreementView agreement, String extension) {
        String name = agreement.title() + " " + agreement.partnershipName() + " " + agreement.date();
        return RestResponse.ResponseBuilder.ok(content, mediaType)
                .header(Attachments.HEADER, Attachments.of(name, "agreement", extension))
                .header(HttpHeaders.CONTENT_LANGUAGE, agreement.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private static Language language(HttpHeaders headers) {
        return Language.preferredOf(headers.getAcceptableLanguages());
    }
}
