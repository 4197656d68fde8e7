package org.weconomics.partnership.assessment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.partnership.catalogue.Language;

@Path("/catalogue/assessment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentCatalogueResource {

    private final AssessmentCatalogue catalogue;

    public AssessmentCatalogueResource(AssessmentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(
            operationId = "getAssessmentCatalogue",
            summary = "The keys of an assessment",
            description = "Every key an assessment draft or the agreed assessment takes: the facet statuses, the five "
                    + "facets with their key questions, the eight success factors, the impact ratings and the six "
                    + "impact dimensions, each with the sources' texts in the language of Accept-Language (nl or en; "
                    + "nl otherwise). The same for every partnership.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AssessmentCatalogueView> catalogue(@Context HttpHeaders headers) {
        Language language = Language.preferredOf(headers.getAcceptableLanguages());
        return RestResponse.ResponseBuilder.ok(catalogue.view(language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
