package org.weconomics.partnership.organisation;

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
import org.weconomics.support.rest.QueryValues;

@Path("/organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organisations",
        description = "Partner organisations (legal entities of the social or regular economy); coaches and admins "
                + "register them")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final IdempotentRequests idempotent;

    public OrganisationResource(OrganisationService organisations, IdempotentRequests idempotent) {
        this.organisations = organisations;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "createOrganisation",
            summary = "Register a partner organisation (coach or admin)",
            description = "Registers a legal entity that the coaches of a partnership can then let join it as a "
                    + "partner; a coach registers the organisations of the partnerships they coach without an admin.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new organisation, ETag its version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "An organisation with that registration number exists")
    public RestResponse<OrganisationView> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            OrganisationRequest request) {
        return idempotent.once(idempotencyKey, request, OrganisationView.class, () -> {
            OrganisationView created = organisations.create(request);
            return RestResponse.ResponseBuilder.<OrganisationView>created(URI.create("/organisations/" + created.id()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(
            operationId = "listOrganisations",
            summary = "List partner organisations",
            description = "Every registered organisation, by name; members pick partners from it.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public PageView<OrganisationView> list(
            @Parameter(
                            description = "Only organisations whose name contains this (case-insensitive).",
                            example = "wroeter")
                    @QueryParam("name")
                    String name,
            @Parameter(description = "Only organisations of this sector.", example = "social-economy")
                    @QueryParam("sector")
                    String sector,
            @BeanParam @Valid PageRequest page) {
        return organisations.list(name, QueryValues.parse(Sector.class, sector, "sector", Sector::jsonName), page);
    }

    @GET
    @Path("/{organisationId}")
    @Operation(
            operationId = "getOrganisation",
            summary = "Read a partner organisation",
            description = "The ETag header carries the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The organisation")
    public OrganisationView get(@PathParam("organisationId") UUID organisationId) {
        return organisations.get(organisationId);
    }

    @PUT
    @Path("/{organisationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateOrganisation",
            summary = "Change a partner organisation (admin)",
            description = "Replaces the organisation's fields. Requires If-Match: 428 without it, 412 with the current "
                    + "organisation when it changed since.")
    @APIResponse(responseCode = "200", description = "The changed organisation, with its new ETag")
    public OrganisationView update(
            @PathParam("organisationId") UUID organisationId,
            @Parameter(description = "The ETag of the version you changed", required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            OrganisationRequest request) {
        return organisations.update(organisationId, IfMatch.requiredVersion(ifMatch), request);
    }
}
