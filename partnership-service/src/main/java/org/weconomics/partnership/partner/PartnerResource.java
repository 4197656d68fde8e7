package org.weconomics.partnership.partner;

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
import jakarta.ws.rs.QueryParam;
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
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/partnerships/{partnershipId}/partners")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Partners",
        description = "The organisations in a partnership over time, their roles and their contributions "
                + "to the value proposition; for members of the partnership's local group")
public class PartnerResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of the partner version you based this on";

    private final PartnerService partners;
    private final IdempotentRequests idempotent;

    public PartnerResource(PartnerService partners, IdempotentRequests idempotent) {
        this.partners = partners;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createPartner",
            summary = "An organisation joins the partnership",
            description = "Adds a registered organisation as a partner with its role. An organisation is a current "
                    + "partner at most once; after leaving it may join again (a new period). Publishes "
                    + "org.weconomics.partnership.partner-joined and org.weconomics.partnership.roles-changed.")
    @APIResponse(
            responseCode = "201",
            description = "Joined; Location names the partner, ETag its version",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", description = "The organisation is a current partner already")
    public RestResponse<PartnerView> join(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            JoinPartnershipRequest request) {
        return idempotent.once(idempotencyKey, request, PartnerView.class, () -> {
            PartnerView joined = partners.join(partnershipId, request);
            return RestResponse.ResponseBuilder.<PartnerView>created(
                            URI.create("/partnerships/" + partnershipId + "/partners/" + joined.id()))
                    .entity(joined)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listPartners",
            summary = "List the partners",
            description = "Every partner period by join date, current and former.")
    @APIResponse(responseCode = "200", description = "One page of partners")
    public PageView<PartnerView> list(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "true: only current partners; false: only those who left; absent: all.")
                    @QueryParam("current")
                    Boolean current,
            @BeanParam @Valid PageRequest page) {
        return partners.list(partnershipId, current, page);
    }

    @GET
    @Path("/{partnerId}")
    @Operation(
            operationId = "getPartner",
            summary = "Read a partner",
            description = "With its contributions; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The partner")
    public PartnerView get(@PathParam("partnershipId") UUID partnershipId, @PathParam("partnerId") UUID partnerId) {
        return partners.get(partnershipId, partnerId);
    }

    @PUT
    @Path("/{partnerId}")
    @Operation(
            operationId = "updatePartner",
            summary = "Change a partner's role",
            description = "Replaces role and founding flag. Requires If-Match; 409 for a partner that left. Publishes "
                    + "org.weconomics.partnership.partner-changed.")
    @APIResponse(responseCode = "200", description = "The changed partner, with its new ETag")
    public PartnerView update(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdatePartnerRequest request) {
        return partners.update(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{partnerId}/contributions")
    @Operation(
            operationId = "updatePartnerContributions",
            summary = "Set a partner's contribution to the value proposition",
            description = "Replaces the three blocks of the partner's board: products & services, gain creators, pain "
                    + "relievers. Requires If-Match. Publishes org.weconomics.partnership.contributions-changed.")
    @APIResponse(responseCode = "200", description = "The partner with its contributions and new ETag")
    public PartnerView changeContributions(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            ContributionsRequest request) {
        return partners.changeContributions(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{partnerId}/representatives")
    @Operation(
            operationId = "updatePartnerRepresentatives",
            summary = "Name the members who act for a partner",
            description = "Replaces the list of members (token subjects) who act for the partner. Only they draft and "
                    + "submit the partner's assessment, and until the partner has submitted its first assessment "
                    + "they do not see the other partners' answers. Each must be a member of the local group (400 "
                    + "naming subjects[i]); an empty list leaves the partner to its coaches. Requires If-Match. "
                    + "Publishes org.weconomics.partnership.roles-changed.")
    @APIResponse(responseCode = "200", description = "The partner with its representatives and new ETag")
    public PartnerView changeRepresentatives(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            RepresentativesRequest request) {
        return partners.changeRepresentatives(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/{partnerId}/leave")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "leavePartnership",
            summary = "A partner leaves the partnership",
            description =
                    "Ends the partner's period; its role, contributions and the activities it was responsible for "
                            + "stay as history. Requires If-Match. Publishes org.weconomics.partnership.partner-left "
                            + "and org.weconomics.partnership.roles-changed.")
    @APIResponse(responseCode = "200", description = "The former partner, with leftAt set")
    public PartnerView leave(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("partnerId") UUID partnerId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return partners.leave(partnershipId, partnerId, IfMatch.requiredVersion(ifMatch));
    }
}
