package org.weconomics.partnership.people;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "People",
        description = "The people directory: who the ids in author, facilitator, createdBy, updatedBy and "
                + "representatives are. A caller sees the members of their own local groups; admins everyone's.")
public class PeopleResource {

    private final PeopleService people;

    public PeopleResource(PeopleService people) {
        this.people = people;
    }

    @GET
    @Operation(
            operationId = "listPeople",
            summary = "List people",
            description = "Members of the caller's open local groups (admins: of all open local groups), one entry "
                    + "per person, by username. The id is the one to send as facilitator or representative.")
    @APIResponse(responseCode = "200", description = "One page of people")
    public PageView<PersonView> list(
            @Parameter(description = "Only members of this local group (one of yours).", example = "gent")
                    @QueryParam("localGroup")
                    String localGroup,
            @Parameter(description = "Part of the username or name, case-insensitive.", example = "ann")
                    @QueryParam("q")
                    @Size(max = 100)
                    String search,
            @BeanParam @Valid PageRequest page) {
        return people.list(localGroup, search, page);
    }

    @GET
    @Path("/{userId}")
    @Operation(
            operationId = "getPerson",
            summary = "Read a person",
            description = "A person who shares a local group with the caller; anyone else answers 404.")
    @APIResponse(responseCode = "200", description = "The person")
    public PersonView get(@PathParam("userId") String userId) {
        return people.get(userId);
    }
}
