package org.weconomics.partnership.assessment;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.concurrency.IfMatch;

@Path("/partnerships/{partnershipId}/questionnaire/partners/{partnerId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class QuestionnaireResource {

    private final QuestionnaireService questionnaires;

    public QuestionnaireResource(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(
            operationId = "getQuestionnaire",
            summary = "A partner's questionnaire",
            description = "The questionnaire on strategy, organisation and legal topics, each question with its BMC "
                    + "block and the partner's answer (null where skipped). Texts in the language of Accept-Language.")
    @APIResponse(responseCode = "200", description = "The questionnaire with answers")
    public QuestionnaireView answers(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Context HttpHeaders headers) {
        return questionnaires.answersOf(
                partnershipId, partnerId, Language.preferredOf(headers.getAcceptableLanguages()));
    }

    @PUT
    @Operation(
            operationId = "updateQuestionnaire",
            summary = "Answer the questionnaire for a partner",
            description = "Replaces all answers of the partner; a question left out or blank is skipped. Requires "
                    + "If-Match (\"0\" before the first answers).")
    @APIResponse(responseCode = "200", description = "The questionnaire with the new answers and ETag")
    public QuestionnaireView answer(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the answers you read", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            QuestionnaireAnswersRequest request,
            @Context HttpHeaders headers) {
        return questionnaires.answer(
                partnershipId,
                partnerId,
                IfMatch.requiredVersion(ifMatch),
                request,
                Language.preferredOf(headers.getAcceptableLanguages()));
    }
}
