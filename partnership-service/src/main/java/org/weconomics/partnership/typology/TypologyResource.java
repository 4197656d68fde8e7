package org.weconomics.partnership.typology;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.typology.TypologyViews.Overview;
import org.weconomics.partnership.typology.TypologyViews.TypeGuidance;
import org.weconomics.support.problem.ProblemException;

@Path("/typology")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Typology",
        description = "The four types of blended business model and the sources' guidance per type, "
                + "in Dutch or English (Accept-Language)")
public class TypologyResource {

    private final TypologyCatalogue catalogue;

    public TypologyResource(TypologyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(
            operationId = "getTypology",
            summary = "The typology",
            description =
                    "The two axes (business model innovative/traditional; activities integrated/differentiated) "
                            + "and the four types A–D they give. Texts in the language of Accept-Language (nl or en; en otherwise).")
    @APIResponse(responseCode = "200", description = "The axes and the types")
    public Overview overview(@Context HttpHeaders headers) {
        return catalogue.overview(Language.preferredOf(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("/{type}")
    @Operation(
            operationId = "getTypeGuidance",
            summary = "Guidance for one type",
            description = "The type's properties, its own success factors and typical tensions, the general success "
                    + "factors and the generic tensions, from the sources.")
    @APIResponse(responseCode = "200", description = "The guidance")
    public TypeGuidance guidance(
            @Parameter(description = "The type's letter.", example = "B") @PathParam("type") String type,
            @Context HttpHeaders headers) {
        PartnershipType known =
                PartnershipType.fromLetter(type).orElseThrow(() -> ProblemException.notFound("Partnership type", type));
        return catalogue.guidance(known, Language.preferredOf(headers.getAcceptableLanguages()));
    }
}
