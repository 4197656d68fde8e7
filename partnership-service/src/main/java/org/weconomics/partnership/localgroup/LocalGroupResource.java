package org.weconomics.partnership.localgroup;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.weconomics.partnership.localgroup.mirror.MirrorStatusView;
import org.weconomics.support.access.Roles;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.rest.QueryValues;

@Path("/local-groups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Local groups",
        description = "Local groups and their members, mirrored into Keycloak groups under "
                + "/local-groups so that tokens carry them; admins manage them, members read their own")
public class LocalGroupResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of the local group version you based this on";

    private final LocalGroupService localGroups;
    private final IdempotentRequests idempotent;

    public LocalGroupResource(LocalGroupService localGroups, IdempotentRequests idempotent) {
        this.localGroups = localGroups;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createLocalGroup",
            summary = "Set up a local group (admin)",
            description = "Creates an open local group in a community. Keycloak gets the sub-group /local-groups/<key> "
                    + "asynchronously; follow it in the mirror status. Publishes org.weconomics.local-group.created.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new local group, ETag its version",
            content = @Content(schema = @Schema(implementation = LocalGroupView.class)))
    @APIResponse(responseCode = "409", description = "A local group with that key exists")
    public RestResponse<LocalGroupView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateLocalGroupRequest request) {
        return idempotent.once(idempotencyKey, request, LocalGroupView.class, () -> {
            LocalGroupView created = localGroups.create(request);
            return RestResponse.ResponseBuilder.<LocalGroupView>created(URI.create("/local-groups/" + created.key()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listLocalGroups",
            summary = "List local groups",
            description = "Admins see every local group, members their own; by key.")
    @APIResponse(responseCode = "200", description = "One page of local groups")
    public PageView<LocalGroupView> list(
            @Parameter(description = "Only local groups of this community.") @QueryParam("communityId")
                    UUID communityId,
            @Parameter(description = "Only open or only closed local groups.", example = "open") @QueryParam("status")
                    String status,
            @BeanParam @Valid PageRequest page) {
        return localGroups.list(
                communityId,
                QueryValues.parse(LocalGroupStatus.class, status, "status", LocalGroupStatus::jsonName),
                page);
    }

    @GET
    @Path("/{localGroupKey}")
    @Operation(
            operationId = "getLocalGroup",
            summary = "Read a local group",
            description = "For its members and admins; others get 404. The ETag header carries the version.")
    @APIResponse(responseCode = "200", description = "The local group")
    public LocalGroupView get(@PathParam("localGroupKey") String localGroupKey) {
        return localGroups.get(localGroupKey);
    }

    @PUT
    @Path("/{localGroupKey}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateLocalGroup",
            summary = "Change a local group (admin)",
            description = "Replaces name, region, community and contact; the key never changes. Requires If-Match: 428 "
                    + "without it, 412 with the current local group when it changed since; 409 when it is closed. "
                    + "Publishes org.weconomics.local-group.changed.")
    @APIResponse(responseCode = "200", description = "The changed local group, with its new ETag")
    public LocalGroupView update(
            @PathParam("localGroupKey") String localGroupKey,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateLocalGroupRequest request) {
        return localGroups.update(localGroupKey, IfMatch.requiredVersion(ifMatch), request);
    }

    @POST
    @Path("/{localGroupKey}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "closeLocalGroup",
            summary = "Close a local group (admin)",
            description = "Closes the group for good: its data stays, but Keycloak removes the group so that tokens no "
                    + "longer grant it. Requires If-Match. Publishes org.weconomics.local-group.closed.")
    @APIResponse(responseCode = "200", description = "The closed local group, with its new ETag")
    public LocalGroupView close(
            @PathParam("localGroupKey") String localGroupKey,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return localGroups.close(localGroupKey, IfMatch.requiredVersion(ifMatch));
    }

    @GET
    @Path("/{localGroupKey}/members")
    @Operation(
            operationId = "listLocalGroupMembers",
            summary = "List the members of a local group",
            description = "For its members and admins; by username.")
    @APIResponse(responseCode = "200", description = "One page of members")
    public PageView<MemberView> members(
            @PathParam("localGroupKey") String localGroupKey, @BeanParam @Valid PageRequest page) {
        return localGroups.members(localGroupKey, page);
    }

    @POST
    @Path("/{localGroupKey}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "addLocalGroupMember",
            summary = "Add a member (admin)",
            description = "Adds a Keycloak user to an open local group; their next token carries /local-groups/<key> "
                    + "once the mirror applied it. The local group's version increases: the answer's ETag is its new "
                    + "version (a replayed answer carries none: read the local group). Publishes "
                    + "org.weconomics.local-group.member-added.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the membership",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The user is a member already, or the local group is closed")
    public RestResponse<MemberView> addMember(
            @PathParam("localGroupKey") String localGroupKey,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            AddMemberRequest request) {
        return idempotent.once(idempotencyKey, request, MemberView.class, () -> {
            LocalGroupService.AddedMember added = localGroups.addMember(localGroupKey, request);
            return RestResponse.ResponseBuilder.<MemberView>created(URI.create("/local-groups/" + localGroupKey
                            + "/members/" + added.member().userId()))
                    .entity(added.member())
                    .header(HttpHeaders.ETAG, IfMatch.entityTag(added.localGroupVersion()))
                    .build();
        });
    }

    @DELETE
    @Path("/{localGroupKey}/members/{userId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "removeLocalGroupMember",
            summary = "Remove a member (admin)",
            description = "Requires If-Match with the local group's ETag (membership is part of the local group). "
                    + "From then on the person's tokens, which name the local group until they expire, no longer let "
                    + "them act in it: here at once, in canvas-service and finance-service as soon as they have the "
                    + "event (seconds), whether or not Keycloak can be reached. The answer's ETag is the local group's "
                    + "new version. Publishes org.weconomics.local-group.member-removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> removeMember(
            @PathParam("localGroupKey") String localGroupKey,
            @PathParam("userId") String userId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"1\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        long version = localGroups.removeMember(localGroupKey, userId, IfMatch.requiredVersion(ifMatch));
        return RestResponse.ResponseBuilder.<Void>noContent()
                .header(HttpHeaders.ETAG, IfMatch.entityTag(version))
                .build();
    }

    @GET
    @Path("/{localGroupKey}/mirror-status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "getLocalGroupMirrorStatus",
            summary = "How far Keycloak follows a local group (admin)",
            description = "in-sync when every change reached Keycloak; pending while tasks wait or are retried with "
                    + "backoff; failing when a task failed repeatedly (it keeps being retried, with its last error "
                    + "shown); disabled when mirroring is off.")
    @APIResponse(responseCode = "200", description = "The mirror status")
    public MirrorStatusView mirrorStatus(@PathParam("localGroupKey") String localGroupKey) {
        return localGroups.mirrorStatus(localGroupKey);
    }
}
