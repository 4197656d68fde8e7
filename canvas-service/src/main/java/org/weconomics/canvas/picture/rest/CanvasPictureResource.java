package org.weconomics.canvas.picture.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.canvas.picture.PdfRenderer;
import org.weconomics.canvas.picture.SvgRenderer;
import org.weconomics.canvas.template.Language;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.http.Attachments;
import org.weconomics.support.problem.ProblemException;

@Path("/canvases")
@Authenticated
@Tag(
        name = "Canvas pictures",
        description = "A canvas drawn as people draw it on the wall: SVG and PDF on A3 landscape")
public class CanvasPictureResource {

    public static final String SVG = "image/svg+xml";
    public static final String PDF = "application/pdf";
    private static final String LANGUAGE_DESCRIPTION =
            "nl or en, with the usual weights; the block titles, legend and attribution follow it. Dutch when absent "
                    + "or when neither is asked for.";

    private final CanvasPictureService pictures;
    private final SvgRenderer svg;
    private final PdfRenderer pdf;

    public CanvasPictureResource(CanvasPictureService pictures, SvgRenderer svg, PdfRenderer pdf) {
        this.pictures = pictures;
        this.svg = svg;
        this.pdf = pdf;
    }

    @GET
    @Path("/{canvasId}/picture.svg")
    @Produces(SVG)
    @Operation(
            operationId = "downloadCanvasSvg",
            summary = "Draw a canvas as SVG",
            description = "The board on an A3 landscape page (viewBox in points): title, topic, local group and date, "
                    + "the template's blocks in their group colours with the notes as stickies (the full text of each "
                    + "as its title), the legend and, for templates based on the Business Model Canvas, the "
                    + "attribution. ETag is the canvas version; Content-Disposition names the file after the title.")
    @APIResponse(
            responseCode = "200",
            description = "The SVG document",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)),
            headers = {
                @Header(
                        name = Language.CONTENT_LANGUAGE,
                        description = "nl or en",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<String> svg(
            @PathParam("canvasId") UUID id,
            @Parameter(description = LANGUAGE_DESCRIPTION, example = "nl") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage) {
        Language language = Language.negotiate(acceptLanguage);
        CanvasPicture picture = pictures.picture(id, language, false);
        return respond(svg.render(picture.board()), SVG + ";charset=UTF-8", "svg", picture, language);
    }

    @GET
    @Path("/{canvasId}/picture.pdf")
    @Produces(PDF)
    @Operation(
            operationId = "downloadCanvasPdf",
            summary = "Draw a canvas as PDF",
            description = "Page 1 is the board on A3 landscape, laid out exactly like the SVG. With appendix=true, A4 "
                    + "pages follow that list every note block by block with its value tags and comments. ETag is the "
                    + "canvas version; Content-Disposition names the file after the title.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {
                @Header(
                        name = Language.CONTENT_LANGUAGE,
                        description = "nl or en",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<byte[]> pdf(
            @PathParam("canvasId") UUID id,
            @Parameter(description = LANGUAGE_DESCRIPTION, example = "nl") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage,
            @Parameter(
                            description =
                                    "true to add A4 pages listing every note with its comments; false when absent.",
                            example = "true",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("appendix")
                    String appendixParameter) {
        boolean appendix = booleanParameter(appendixParameter, "appendix");
        Language language = Language.negotiate(acceptLanguage);
        CanvasPicture picture = pictures.picture(id, language, appendix);
        byte[] document = appendix ? pdf.renderWithAppendix(picture.board()) : pdf.render(picture.board());
        return respond(document, PDF, "pdf", picture, language);
    }

    /** Only true and false: a misspelt value must not silently leave out the appendix. */
    private static boolean booleanParameter(String value, String name) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField(name, "must be true or false");
    }

    private static <T> RestResponse<T> respond(
            T content, String mediaType, String extension, CanvasPicture picture, Language language) {
        return RestResponse.ResponseBuilder.ok(content, mediaType)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(picture.version()))
                .header(Attachments.HEADER, Attachments.of(picture.board().title(), "canvas", extension))
                .header(Language.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
