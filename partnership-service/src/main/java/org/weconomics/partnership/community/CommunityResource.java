package org.weconomics.partnership.community;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import org.weconomics.support.access.Roles;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/communities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Communities",
        description = "Business communities, their network leader and revenue model; admins manage them")
public class CommunityResource {

    private final CommunityService communities;
    private final IdempotentRequests idempotent;

    public CommunityResource(CommunityService communities, IdempotentRequests idempotent) {
        this.communities = communities;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createCommunity",
            summary = "Create a community (admin)",
            description = "Creates a community with its domain, network leader and revenue model. Publishes "
                    + "org.weconomics.community.created.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new community, ETag its version",
            content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "A community of that name exists")
    public RestResponse<CommunityView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CommunityRequest request) {
        return idempotent.once(idempotencyKey, request, CommunityView.class, () -> {
            CommunityView created = communities.create(request);
            return RestResponse.ResponseBuilder.<CommunityView>created(URI.create("/communities/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listCommunities",
            summary = "List communities",
            description = "Every community, by name; filter on the domain.")
    @APIResponse(responseCode = "200", description = "One page of communities")
    public PageView<CommunityView> list(
            @Parameter(description = "Only communities of this domain (case-insensitive).", example = "Lokale voeding")
                    @QueryParam("domain")
                    String domain,
            @BeanParam @Valid PageRequest page) {
        return communities.list(domain, page);
    }

    @GET
    @Path("/{communityId}")
    @Operation(
            operationId = "getCommunity",
            summary = "Read a community",
            description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The community")
    public CommunityView get(@PathParam("communityId") UUID communityId) {
        return communities.get(communityId);
    }

    @PUT
    @Path("/{communityId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateCommunity",
            summary = "Change a community (admin)",
            description = "Replaces the community's fields. Requires If-Match: 428 without it, 412 with the current "
                    + "community when it changed since. Publishes org.weconomics.community.changed.")
    @APIResponse(responseCode = "200", description = "The changed community, with its new ETag")
    public CommunityView update(
            @PathParam("communityId") UUID communityId,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            CommunityRequest request) {
        return communities.update(communityId, IfMatch.requiredVersion(ifMatch), request);
    }
}
