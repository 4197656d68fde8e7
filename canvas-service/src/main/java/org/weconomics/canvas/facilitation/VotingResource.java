package org.weconomics.canvas.facilitation;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/canvases/{canvasId}/voting-rounds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Dot voting",
        description = "Rounds of dot voting on the notes of a canvas: the facilitator opens and closes them, "
                + "participants cast and withdraw their votes")
public class VotingResource {

    private static final String VOTE_REFUSED = "The round is closed, your votes are used up, the note has the most "
            + "votes of yours the round allows, or the canvas is archived";

    private final VotingService voting;
    private final IdempotentRequests idempotent;

    public VotingResource(VotingService voting, IdempotentRequests idempotent) {
        this.voting = voting;
        this.idempotent = idempotent;
    }

    @POST
    @Operation(
            operationId = "openVotingRound",
            summary = "Open a voting round",
            description = "Every participant gets votesPerParticipant votes (dots) to put on notes, at most "
                    + "maxVotesPerNote of them on one note when given, only on notes of blockKeys when given. One "
                    + "round is open at a time (409 otherwise). Facilitator only; requires If-Match with the ETag of "
                    + "the facilitation state. Publishes org.weconomics.canvas.voting-round-opened.")
    @APIResponse(
            responseCode = "201",
            description = "Opened; Location names the round; the body is the facilitation state with the round as "
                    + "openRound, and the ETag its new version",
            content = @Content(schema = @Schema(implementation = FacilitationView.class)))
    @APIResponse(responseCode = "403", description = FacilitationResource.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "Another round is still open, or the canvas is archived")
    public RestResponse<FacilitationView> open(
            @PathParam("canvasId") UUID id,
            @Parameter(description = FacilitationResource.IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            CreateVotingRoundRequest request) {
        FacilitationView opened = voting.open(id, IfMatch.requiredVersion(ifMatch), request);
        return RestResponse.ResponseBuilder.<FacilitationView>created(
                        URI.create(location(id) + "/" + opened.openRound().id()))
                .entity(opened)
                .build();
    }

    @GET
    @Operation(
            operationId = "listVotingRounds",
            summary = "List the voting rounds of a canvas",
            description = "Open and past rounds, the newest first, each with your used and remaining votes.")
    @APIResponse(responseCode = "200", description = "One page of rounds")
    public PageView<VotingRoundView> list(@PathParam("canvasId") UUID id, @BeanParam @Valid PageRequest page) {
        return voting.rounds(id, page);
    }

    @GET
    @Path("/{roundId}")
    @Operation(
            operationId = "getVotingRound",
            summary = "Read a voting round",
            description = "Its settings and status, with your used and remaining votes.")
    @APIResponse(responseCode = "200", description = "The round")
    public VotingRoundView get(@PathParam("canvasId") UUID id, @PathParam("roundId") UUID roundId) {
        return voting.round(id, roundId);
    }

    @POST
    @Path("/{roundId}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "closeVotingRound",
            summary = "Close a voting round",
            description = "Ends the voting; the round and its results are kept, and the canvas pictures show the votes "
                    + "of the latest closed round. Facilitator only; requires If-Match with the ETag of the "
                    + "facilitation state. Publishes org.weconomics.canvas.voting-round-closed with the votes per "
                    + "note.")
    @APIResponse(responseCode = "200", description = "The facilitation state, with its new ETag")
    @APIResponse(responseCode = "403", description = FacilitationResource.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The round is closed already, or the canvas is archived")
    public FacilitationView close(
            @PathParam("canvasId") UUID id,
            @PathParam("roundId") UUID roundId,
            @Parameter(description = FacilitationResource.IF_MATCH_DESCRIPTION, required = true, example = "\"1\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        return voting.close(id, roundId, IfMatch.requiredVersion(ifMatch));
    }

    @GET
    @Path("/{roundId}/results")
    @Operation(
            operationId = "getVotingResults",
            summary = "Read the results of a voting round",
            description = "The notes of the round's blocks that you can see (and any other that got votes), ranked by "
                    + "votes: equal votes share a rank (1, 2, 2, 4), ties in board order. While the round is open only "
                    + "the facilitator sees them; participants get 409 until it is closed.")
    @APIResponse(responseCode = "200", description = "The ranked results")
    @APIResponse(responseCode = "409", description = "The round is still open and you do not facilitate")
    public VotingResultsView results(@PathParam("canvasId") UUID id, @PathParam("roundId") UUID roundId) {
        return voting.results(id, roundId);
    }

    @GET
    @Path("/{roundId}/ballot")
    @Operation(
            operationId = "getBallot",
            summary = "Read your votes in a round",
            description = "On which notes you voted, how many votes you used and how many you have left.")
    @APIResponse(responseCode = "200", description = "Your ballot")
    public BallotView ballot(@PathParam("canvasId") UUID id, @PathParam("roundId") UUID roundId) {
        return voting.ballot(id, roundId);
    }

    @POST
    @Path("/{roundId}/votes")
    @Operation(
            operationId = "castVote",
            summary = "Vote for a note",
            description = "Puts one of your votes on a note of the canvas in a block the round is about. Refused with "
                    + "409 when the round is closed, when you used all your votes (withdraw one first) or when the "
                    + "note already has the most votes of yours the round allows; a note you cannot see or outside "
                    + "the round's blocks is a bad noteId. Concurrent votes of one participant are counted one after "
                    + "the other, never beyond the allowance. Publishes org.weconomics.canvas.vote-cast.")
    @APIResponse(responseCode = "200", description = "Your ballot after the vote")
    @APIResponse(responseCode = "409", description = VOTE_REFUSED)
    public RestResponse<BallotView> cast(
            @PathParam("canvasId") UUID id,
            @PathParam("roundId") UUID roundId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateVoteRequest request) {
        return idempotent.once(
                idempotencyKey, request, BallotView.class, () -> RestResponse.ok(voting.cast(id, roundId, request)));
    }

    @DELETE
    @Path("/{roundId}/votes/{noteId}")
    @Operation(
            operationId = "withdrawVote",
            summary = "Withdraw a vote from a note",
            description = "Takes back one of your votes on the note (your latest), so you can cast it elsewhere; only "
                    + "while the round is open. Needs no If-Match: it only ever takes back your own vote. Publishes "
                    + "org.weconomics.canvas.vote-withdrawn.")
    @APIResponse(responseCode = "200", description = "Your ballot after the withdrawal")
    @APIResponse(
            responseCode = "409",
            description = "The round is closed, you have no vote on that note, or the canvas is archived")
    public BallotView withdraw(
            @PathParam("canvasId") UUID id, @PathParam("roundId") UUID roundId, @PathParam("noteId") UUID noteId) {
        return voting.withdraw(id, roundId, noteId);
    }

    private static String location(UUID canvasId) {
        return "/canvases/" + canvasId + "/voting-rounds";
    }
}
