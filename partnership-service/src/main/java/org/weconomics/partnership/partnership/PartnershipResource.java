package org.weconomics.partnership.partnership;

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
import org.weconomics.partnership.typology.PartnershipType;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.rest.QueryValues;

@Path("/partnerships")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Blended business model partnerships of a local group")
public class PartnershipResource {

    private final PartnershipService partnerships;
    private final IdempotentRequests idempotent;

    public PartnershipResource(PartnershipService partnerships, IdempotentRequests idempotent) {
        this.partnerships = partnerships;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createPartnership",
            summary = "Set up a partnership",
            description = "Creates a partnership in one of your local groups. The finance service creates its earnings "
                    + "model when it receives the partnership-created event. Publishes org.weconomics.partnership.roles-changed "
                    + "(you are its first coach) and org.weconomics.partnership.created.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new partnership, ETag its version",
            content = @Content(schema = @Schema(implementation = PartnershipView.class)))
    @APIResponse(responseCode = "409", description = "The local group already has a partnership of that name")
    public RestResponse<PartnershipView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreatePartnershipRequest request) {
        return idempotent.once(idempotencyKey, request, PartnershipView.class, () -> {
            PartnershipView created = partnerships.create(request);
            return RestResponse.ResponseBuilder.<PartnershipView>created(URI.create("/partnerships/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listPartnerships",
            summary = "List partnerships",
            description =
                    "The partnerships of your local groups (every one for admins), by name; filter on local group, "
                            + "name and type.")
    @APIResponse(responseCode = "200", description = "One page of partnerships")
    public PageView<PartnershipView> list(
            @Parameter(description = "Only partnerships of this local group.", example = "gent")
                    @QueryParam("localGroup")
                    String localGroup,
            @Parameter(
                            description = "Only partnerships whose name contains this (case-insensitive).",
                            example = "wroeter")
                    @QueryParam("name")
                    String name,
            @Parameter(description = "Only partnerships of this type (A–D).", example = "B") @QueryParam("type")
                    String type,
            @BeanParam @Valid PageRequest page) {
        return partnerships.list(
                localGroup, name, QueryValues.parse(PartnershipType.class, type, "type", PartnershipType::name), page);
    }

    @GET
    @Path("/{partnershipId}")
    @Operation(
            operationId = "getPartnership",
            summary = "Read a partnership",
            description = "The ETag header carries the version to send in If-Match. The partnership's version "
                    + "covers its own fields and its coaches only: its partners, value chain, assessments and tensions "
                    + "have versions of their own, so changing them never makes this ETag stale.")
    @APIResponse(responseCode = "200", description = "The partnership")
    public PartnershipView get(@PathParam("partnershipId") UUID partnershipId) {
        return partnerships.get(partnershipId);
    }

    @PUT
    @Path("/{partnershipId}")
    @Operation(
            operationId = "updatePartnership",
            summary = "Change a partnership",
            description = "Replaces name, description and the two typology axes (the type A–D follows from them). "
                    + "Requires If-Match: 428 without it, 412 with the current partnership when it changed since. "
                    + "Publishes org.weconomics.partnership.changed.")
    @APIResponse(responseCode = "200", description = "The changed partnership, with its new ETag")
    @APIResponse(responseCode = "409", description = "The local group already has a partnership of that name")
    public PartnershipView update(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdatePartnershipRequest request) {
        return partnerships.update(partnershipId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{partnershipId}/coaches")
    @Operation(
            operationId = "updatePartnershipCoaches",
            summary = "Name the members who coach a partnership",
            description = "Replaces the list of members (token subjects) who coach the partnership: they facilitate "
                    + "its trajectory, let organisations join, name each partner's representatives and write the "
                    + "agreed assessment and the agreement. At least one; the creator is the first. Requires If-Match. "
                    + "Publishes org.weconomics.partnership.roles-changed.")
    @APIResponse(responseCode = "200", description = "The partnership with its coaches and new ETag")
    public PartnershipView changeCoaches(
            @PathParam("partnershipId") UUID partnershipId,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            CoachesRequest request) {
        return partnerships.changeCoaches(partnershipId, IfMatch.requiredVersion(ifMatch), request);
    }
}
