package org.weconomics.canvas.facilitation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.weconomics.canvas.template.Language;

@Path("/canvases/{canvasId}/progress")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitation")
public class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Operation(
            operationId = "getProgress",
            summary = "Read the progress per block",
            description = "Every block of the canvas's template version in the template's order: how many notes it "
                    + "holds (those you can see), whether it is empty, whether the group is at it now, and its guiding "
                    + "questions with the notes answering each and the indexes of those no note answers yet. A note "
                    + "answers a question by naming its index in its question field. Titles and questions come in the "
                    + "language Accept-Language asks for (nl or en, Dutch by default).")
    @APIResponse(
            responseCode = "200",
            description = "The progress",
            headers =
                    @Header(
                            name = Language.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProgressView> get(
            @PathParam("canvasId") UUID id,
            @Parameter(description = "nl or en, with the usual weights; Dutch when absent.", example = "nl")
                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage) {
        Language language = Language.negotiate(acceptLanguage);
        return RestResponse.ResponseBuilder.ok(progress.progress(id, language))
                .header(Language.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
