package org.weconomics.canvas.exchange;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.canvas.canvas.CanvasView;
import org.weconomics.canvas.note.AddedNotesView;
import org.weconomics.support.http.Attachments;
import org.weconomics.support.http.Download;
import org.weconomics.support.idempotency.IdempotentRequests;

@Path("/canvases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Canvas export and import", description = "A canvas as a portable JSON document; its notes as CSV")
public class CanvasExchangeResource {

    public static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = "block,text,colour,valueTags\r\n"
            + "value-proposition,\"Warme maaltijden, lokaal\",green,social;ecological\r\n"
            + "channels,Webshop,,\r\n";

    private final CanvasExchangeService exchange;
    private final IdempotentRequests idempotent;

    public CanvasExchangeResource(CanvasExchangeService exchange, IdempotentRequests idempotent) {
        this.exchange = exchange;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/{canvasId}/export")
    @Operation(
            operationId = "exportCanvas",
            summary = "Export a canvas as JSON",
            description =
                    "The canvas, every block of its template version with its notes in order (text, colour, tags, "
                            + "author, time) and their comments, in format weconomics-canvas version 1. Import it into any local "
                            + "group with POST /canvases/import.")
    @APIResponse(responseCode = "200", description = "The export document")
    public CanvasExport export(@PathParam("canvasId") UUID id) {
        return exchange.export(id);
    }

    @GET
    @Path("/{canvasId}/notes.csv")
    @Produces(CSV)
    @Operation(
            operationId = "downloadNotesCsv",
            summary = "Export the notes of a canvas as CSV",
            description =
                    "One row per note, in the template's block order and by position: block, position, text, colour, "
                            + "valueTags and lensTags (joined by ;), author, createdAt. Cells a spreadsheet would run as a formula "
                            + "get a leading apostrophe.")
    @APIResponse(responseCode = "200", description = "The notes as CSV, with a header row")
    public RestResponse<String> notesAsCsv(@PathParam("canvasId") UUID id) {
        Download<String> notes = exchange.notesAsCsv(id);
        return RestResponse.ResponseBuilder.ok(notes.content(), CSV + "; charset=UTF-8")
                .header(Attachments.HEADER, Attachments.of(notes.name(), "canvas-notes", "csv"))
                .build();
    }

    @POST
    @Path("/{canvasId}/notes.csv")
    @Consumes(CSV)
    @Operation(
            operationId = "importNotesCsv",
            summary = "Add notes from CSV",
            description =
                    "A header row with at least the columns block and text, optionally colour, valueTags and lensTags "
                            + "(tags joined by ;); other columns, such as those of the CSV export, are ignored. Up to 100 rows, "
                            + "added like a bulk add: all or none, every wrong field named notes[i].… where i counts the data rows "
                            + "from 0. Publishes org.weconomics.canvas.note-added per note.")
    @APIResponse(
            responseCode = "201",
            description = "All notes added, in the order of the rows, under `notes` like the bulk route's answer",
            content = @Content(schema = @Schema(implementation = AddedNotesView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The canvas is archived, or the facilitator locked the board and you do not facilitate")
    public RestResponse<AddedNotesView> importNotesCsv(
            @PathParam("canvasId") UUID id,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @RequestBody(content = @Content(mediaType = CSV, example = CSV_EXAMPLE)) String csv) {
        return idempotent.once(
                idempotencyKey, csv, AddedNotesView.class, () -> RestResponse.ResponseBuilder.<AddedNotesView>created(
                                URI.create("/canvases/" + id + "/notes"))
                        .entity(exchange.importNotesCsv(id, csv))
                        .build());
    }

    @POST
    @Path("/import")
    @Operation(
            operationId = "importCanvas",
            summary = "Import a canvas from JSON",
            description =
                    "Creates a canvas in one of your local groups from an export document: the same title, topic, "
                            + "template version, blocks, notes in the same order with their tags, and comments. What the server "
                            + "owns is set by it, not taken from the document: you are the facilitator and the author of every "
                            + "note and comment, written now, and the canvas starts as a draft (the document's facilitator, "
                            + "status, authors and times are read but not kept). All or nothing; "
                            + "every wrong field is named by its path, e.g. blocks[2].notes[0].valueTags[1]. Publishes "
                            + "org.weconomics.canvas.created and one note-added per note.")
    @APIResponse(
            responseCode = "201",
            description = "Imported; Location names the new canvas",
            content = @Content(schema = @Schema(implementation = CanvasView.class)))
    public RestResponse<CanvasView> importCanvas(
            @Parameter(
                            description = "The local group to import the canvas into; you must be a member of it.",
                            required = true,
                            example = "gent")
                    @QueryParam("localGroup")
                    String localGroup,
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            CanvasExport document) {
        return idempotent.once(idempotencyKey, document, CanvasView.class, () -> {
            CanvasView imported = exchange.importCanvas(localGroup, document);
            return RestResponse.ResponseBuilder.<CanvasView>created(URI.create("/canvases/" + imported.id()))
                    .entity(imported)
                    .build();
        });
    }
}
