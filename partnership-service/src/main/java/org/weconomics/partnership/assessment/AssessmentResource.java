package org.weconomics.partnership.assessment;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/partnerships/{partnershipId}/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description = "The five facets, eight success factors and six impact dimensions, assessed "
                + "by each partner on its own and agreed by the local group; the readiness summary. A member of the "
                + "partnership's local group acts for a partner by naming it in the path; a draft is visible to its author only "
                + "until it is submitted.")
public class AssessmentResource {

    private static final String DRAFT_IF_MATCH = "The ETag of the draft version you based this on";

    private final AssessmentService assessments;
    private final ReadinessService readiness;
    private final IdempotentRequests idempotent;

    public AssessmentResource(
            AssessmentService assessments, ReadinessService readiness, IdempotentRequests idempotent) {
        this.assessments = assessments;
        this.readiness = readiness;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(
            operationId = "getAssessment",
            summary = "The partnership's assessment",
            description = "Each current partner's latest submitted assessment, the partners that have not submitted "
                    + "yet, the agreed view, and the facets, success factors and impact dimensions on which the "
                    + "partners' views diverge. Drafts never appear here.")
    @APIResponse(responseCode = "200", description = "The assessment overview")
    public PartnershipAssessmentView overview(@PathParam("partnershipId") UUID partnershipId) {
        return assessments.overview(partnershipId);
    }

    @GET
    @Path("/history")
    @Operation(
            operationId = "getAssessmentHistory",
            summary = "History of assessments",
            description = "Every submitted partner assessment the caller may read and every revision of the agreed "
                    + "view, newest first, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of the history")
    public PageView<AssessmentView> history(
            @PathParam("partnershipId") UUID partnershipId, @BeanParam @Valid PageRequest page) {
        return PageView.of(assessments.history(partnershipId), page);
    }

    @POST
    @Path("/partners/{partnerId}/draft")
    @Operation(
            operationId = "createAssessmentDraft",
            summary = "Start a partner's assessment",
            description = "Starts a draft assessment for the named current partner, written by you; nobody else can "
                    + "read or change it until you submit it. 409 while the partner already has a draft.")
    @APIResponse(
            responseCode = "201",
            description = "The draft; Location names it, ETag its version",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public RestResponse<AssessmentView> startDraft(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            AssessmentContent content) {
        return idempotent.once(idempotencyKey, content, AssessmentView.class, () -> {
            AssessmentView draft = assessments.startDraft(partnershipId, partnerId, content);
            return RestResponse.ResponseBuilder.<AssessmentView>created(URI.create(
                            "/partnerships/" + partnershipId + "/assessments/partners/" + partnerId + "/draft"))
                    .entity(draft)
                    .build();
        });
    }

    @GET
    @Path("/partners/{partnerId}/draft")
    @Operation(
            operationId = "getAssessmentDraft",
            summary = "Read your draft",
            description = "404 unless you wrote the partner's open draft.")
    @APIResponse(responseCode = "200", description = "The draft")
    public AssessmentView draft(
            @PathParam("partnershipId") UUID partnershipId, @PathParam("partnerId") UUID partnerId) {
        return assessments.draft(partnershipId, partnerId);
    }

    @PUT
    @Path("/partners/{partnerId}/draft")
    @Operation(
            operationId = "updateAssessmentDraft",
            summary = "Change your draft",
            description = "Replaces the draft's content. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The changed draft, with its new ETag")
    public AssessmentView updateDraft(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = DRAFT_IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            AssessmentContent content) {
        return assessments.updateDraft(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch), content);
    }

    @POST
    @Path("/partners/{partnerId}/draft/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "submitAssessmentDraft",
            summary = "Submit your draft",
            description = "Freezes the draft as the partner's assessment; from now on every member of the local group "
                    + "sees it. Requires If-Match. Publishes org.weconomics.partnership.assessment-submitted.")
    @APIResponse(responseCode = "200", description = "The submitted assessment")
    public AssessmentView submit(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = DRAFT_IF_MATCH, required = true, example = "\"0\"") @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return assessments.submit(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch));
    }

    @GET
    @Path("/agreed")
    @Operation(
            operationId = "getAgreedAssessment",
            summary = "The agreed assessment",
            description = "The view all partners share, as last set; version 0 and empty while none was set.")
    @APIResponse(responseCode = "200", description = "The agreed assessment")
    public AgreedAssessmentView agreed(@PathParam("partnershipId") UUID partnershipId) {
        return assessments.agreed(partnershipId);
    }

    @PUT
    @Path("/agreed")
    @Operation(
            operationId = "updateAgreedAssessment",
            summary = "Set the agreed assessment",
            description = "Sets the next revision of the agreed view; earlier revisions stay in the history. Requires "
                    + "If-Match with the current version (\"0\" for the first). Publishes "
                    + "org.weconomics.partnership.agreed-assessment-set.")
    @APIResponse(responseCode = "200", description = "The new agreed assessment, with its new ETag")
    public AgreedAssessmentView setAgreed(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "The ETag of the agreed assessment you read", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            AssessmentContent content) {
        return assessments.setAgreed(partnershipId, IfMatch.requiredVersion(ifMatch), content);
    }

    @GET
    @Path("/readiness")
    @Operation(
            operationId = "getReadiness",
            summary = "Readiness summary",
            description =
                    "Whether the partnership is ready, nearly ready or not ready for its collaboration agreement, "
                            + "explained in sentences from the agreed facets, the unresolved tensions per category and the "
                            + "success factors. In the language of Accept-Language (nl or en).")
    @APIResponse(responseCode = "200", description = "The readiness summary")
    public ReadinessView readiness(@PathParam("partnershipId") UUID partnershipId, @Context HttpHeaders headers) {
        return readiness.of(partnershipId, Language.preferredOf(headers.getAcceptableLanguages()));
    }
}
