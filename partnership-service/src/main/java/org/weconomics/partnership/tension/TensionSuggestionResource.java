package org.weconomics.partnership.tension;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/partnerships/{partnershipId}/tension-suggestions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hybrid tensions")
public class TensionSuggestionResource {

    private final TensionSuggestions suggestions;

    public TensionSuggestionResource(TensionSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(
            operationId = "listTensionSuggestions",
            summary = "Typical tensions for this partnership",
            description = "The catalogue's typical tensions for the partnership's type (A–D): the generic ones and "
                    + "those specific to the type; only the generic ones while the type is undecided. Each says whether "
                    + "the register already holds it. Texts in the language of Accept-Language (nl or en).")
    @APIResponse(responseCode = "200", description = "One page of the suggestions, in the catalogue's order")
    public PageView<TensionSuggestion> suggestions(
            @PathParam("partnershipId") UUID partnershipId,
            @BeanParam @Valid PageRequest page,
            @Context HttpHeaders headers) {
        return PageView.of(
                suggestions.forPartnership(partnershipId, Language.preferredOf(headers.getAcceptableLanguages())),
                page);
    }
}
