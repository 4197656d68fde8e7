package org.weconomics.canvas.note;

import io.quarkus.security.Authenticated;
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

@Path("/canvases/{canvasId}/notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Sticky notes (post-its) in the blocks of a canvas, and comments on them")
public class NoteResource {

    private static final String ARCHIVED = "The canvas is archived, so its notes no longer change";
    private static final String ARCHIVED_OR_LOCKED =
            "The canvas is archived, or (for participants) the facilitator " + "locked the board";
    private static final String IF_MATCH_DESCRIPTION = "The ETag of the note version you changed";

    private final NoteService notes;
    private final IdempotentRequests idempotent;

    public NoteResource(NoteService notes, IdempotentRequests idempotent) {
        this.notes = notes;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(
            operationId = "listNotes",
            summary = "List the notes of a canvas",
            description = "In the template's block order and by position within each block; optionally of one block. "
                    + "Hidden notes (added while the facilitator's hidden mode was on, not revealed yet) are listed "
                    + "only for their author and the facilitator. "
                    + "A canvas holds at most " + NoteService.MAX_NOTES_PER_CANVAS
                    + " notes, listed in pages like every list (items, page, size, totalItems, totalPages).")
    @APIResponse(responseCode = "200", description = "One page of the notes")
    public PageView<NoteView> list(
            @PathParam("canvasId") UUID canvasId,
            @Parameter(description = "Only the notes of this block.", example = "value-proposition")
                    @QueryParam("blockKey")
                    String blockKey,
            @BeanParam @Valid PageRequest page) {
        return notes.list(canvasId, blockKey, page);
    }

    @POST
    @Operation(
            operationId = "createNote",
            summary = "Put a note on a canvas",
            description =
                    "In a block of the canvas's template version, with only the value tags and lenses that template "
                            + "allows; at the end of the block or at the position given; optionally naming the guiding "
                            + "question of the block it answers (question, an index from 0). Not on an archived canvas, "
                            + "nor by a participant while the facilitator locked the board (409). While hidden mode is "
                            + "on, the note is hidden until revealed. Publishes org.weconomics.canvas.note-added.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the note, ETag its version",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "409", description = ARCHIVED_OR_LOCKED)
    public RestResponse<NoteView> add(
            @PathParam("canvasId") UUID canvasId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateNoteRequest request) {
        return idempotent.once(idempotencyKey, request, NoteView.class, () -> {
            NoteView added = notes.add(canvasId, request);
            return RestResponse.ResponseBuilder.<NoteView>created(URI.create(location(canvasId) + "/" + added.id()))
                    .entity(added)
                    .build();
        });
    }

    @POST
    @Path("/bulk")
    @Operation(
            operationId = "createNotesInBulk",
            summary = "Put several notes on a canvas at once",
            description =
                    "Up to " + AddNotesRequest.MAX_NOTES + " notes, as a facilitator pastes them, added in the order "
                            + "given. All or nothing: when any note is wrong, none is added and every wrong field is named by "
                            + "its path, e.g. notes[3].text. Publishes org.weconomics.canvas.note-added per note.")
    @APIResponse(
            responseCode = "201",
            description = "All notes added, in the order given, under `notes` as in the request",
            content = @Content(schema = @Schema(implementation = AddedNotesView.class)))
    @APIResponse(responseCode = "409", description = ARCHIVED_OR_LOCKED)
    public RestResponse<AddedNotesView> addAll(
            @PathParam("canvasId") UUID canvasId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            AddNotesRequest request) {
        return idempotent.once(
                idempotencyKey,
                request,
                AddedNotesView.class,
                () -> RestResponse.ResponseBuilder.<AddedNotesView>created(URI.create(location(canvasId)))
                        .entity(notes.addAll(canvasId, request))
                        .build());
    }

    @GET
    @Path("/{noteId}")
    @Operation(
            operationId = "getNote",
            summary = "Read a note",
            description = "The ETag header carries the version to send in If-Match. A hidden note of someone else is "
                    + "not found (404) until the facilitator reveals it.")
    @APIResponse(responseCode = "200", description = "The note")
    public NoteView get(@PathParam("canvasId") UUID canvasId, @PathParam("noteId") UUID noteId) {
        return notes.get(canvasId, noteId);
    }

    @PUT
    @Path("/{noteId}")
    @Operation(
            operationId = "updateNote",
            summary = "Change a note's text, colour and tags",
            description = "Replaces them as a whole. Requires If-Match: 428 without it, 412 with the current note when "
                    + "someone changed it since. Publishes org.weconomics.canvas.note-changed.")
    @APIResponse(responseCode = "200", description = "The changed note, with its new ETag")
    @APIResponse(responseCode = "409", description = ARCHIVED_OR_LOCKED)
    public NoteView update(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            UpdateNoteRequest request) {
        return notes.update(canvasId, noteId, IfMatch.requiredVersion(ifMatch), request);
    }

    @PUT
    @Path("/{noteId}/placement")
    @Operation(
            operationId = "placeNote",
            summary = "Move a note to another block, or reorder it within its block",
            description =
                    "Puts the note at the position given in the block given (its own block to reorder); the notes "
                            + "around its old and new places shift. Requires If-Match. Publishes org.weconomics.canvas.note-moved.")
    @APIResponse(responseCode = "200", description = "The note in its new place, with its new ETag")
    @APIResponse(responseCode = "409", description = ARCHIVED_OR_LOCKED)
    public NoteView place(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch,
            PlaceNoteRequest request) {
        return notes.place(canvasId, noteId, IfMatch.requiredVersion(ifMatch), request);
    }

    @DELETE
    @Path("/{noteId}")
    @Operation(
            operationId = "deleteNote",
            summary = "Remove a note",
            description = "Removes the note with its comments; the notes after it move up. Requires If-Match. "
                    + "Publishes org.weconomics.canvas.note-removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = ARCHIVED_OR_LOCKED)
    public void remove(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"0\"")
                    @HeaderParam(IfMatch.HEADER)
                    String ifMatch) {
        notes.remove(canvasId, noteId, IfMatch.requiredVersion(ifMatch));
    }

    @GET
    @Path("/{noteId}/comments")
    @Operation(
            operationId = "listNoteComments",
            summary = "List the comments on a note",
            description = "Oldest first; paged like every list (size up to 200).")
    @APIResponse(responseCode = "200", description = "One page of comments")
    public PageView<CommentView> comments(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @BeanParam @Valid PageRequest page) {
        return notes.comments(canvasId, noteId, page);
    }

    @POST
    @Path("/{noteId}/comments")
    @Operation(
            operationId = "createNoteComment",
            summary = "Comment on a note",
            description = "Not on an archived canvas (409). Publishes org.weconomics.canvas.note-comment-added.")
    @APIResponse(
            responseCode = "201",
            description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public RestResponse<CommentView> comment(
            @PathParam("canvasId") UUID canvasId,
            @PathParam("noteId") UUID noteId,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CreateCommentRequest request) {
        return idempotent.once(
                idempotencyKey, request, CommentView.class, () -> RestResponse.ResponseBuilder.<CommentView>created(
                                URI.create(location(canvasId) + "/" + noteId + "/comments"))
                        .entity(notes.comment(canvasId, noteId, request))
                        .build());
    }

    private static String location(UUID canvasId) {
        return "/canvases/" + canvasId + "/notes";
    }
}
