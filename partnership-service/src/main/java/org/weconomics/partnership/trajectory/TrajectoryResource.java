package org.weconomics.partnership.trajectory;

import io.quarkus.security.Authenticated;
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

@Path("/partnerships/{partnershipId}/trajectory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trajectory", description = "Where a partnership is in the four steps, computed from its data")
public class TrajectoryResource {

    private final TrajectoryService trajectories;

    public TrajectoryResource(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    @GET
    @Operation(
            operationId = "getTrajectory",
            summary = "The partnership's trajectory",
            description =
                    "The current step and, per step, its status and what it still lacks (e.g. no value chain yet, "
                            + "no partner from the social economy). Hybrid tensions, the earnings model and the agreement are "
                            + "not tracked here yet and show as not started. Messages in the language of Accept-Language "
                            + "(nl or en).")
    @APIResponse(responseCode = "200", description = "The trajectory")
    public TrajectoryView trajectory(@PathParam("partnershipId") UUID partnershipId, @Context HttpHeaders headers) {
        return trajectories.of(partnershipId, Language.preferredOf(headers.getAcceptableLanguages()));
    }
}
