package org.weconomics.canvas.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasDraft;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.canvas.CanvasStatus;
import org.weconomics.canvas.canvas.CanvasView;
import org.weconomics.canvas.facilitation.NoteVisibility;
import org.weconomics.canvas.note.AddNotesRequest;
import org.weconomics.canvas.note.AddedNotesView;
import org.weconomics.canvas.note.CreateNoteRequest;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.note.NoteComment;
import org.weconomics.canvas.note.NoteRules;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.canvas.template.ValueTag;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.http.Download;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.text.ControlCharacters;

/**
 * Exports a canvas as a {@link CanvasExport} document or its notes as CSV, and imports such a document. Exports hold
 * only the notes the caller may see ({@link NoteVisibility}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CanvasExchangeService {

    private final CanvasService canvases;
    private final NoteService notes;
    private final TemplateService templates;
    private final LocalGroupAccess access;
    private final NoteVisibility visibility;
    private final Caller caller;

    public CanvasExchangeService(
            CanvasService canvases,
            NoteService notes,
            TemplateService templates,
            LocalGroupAccess access,
            NoteVisibility visibility,
            Caller caller) {
        this.canvases = canvases;
        this.caller = caller;
        this.notes = notes;
        this.templates = templates;
        this.access = access;
        this.visibility = visibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CanvasExport export(@NotNull UUID canvasId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        TemplateDocument template = notes.templateOf(canvas);
        Map<String, List<Note>> notesByBlock = visibility.visibleToCaller(canvas, Note.onCanvas(canvasId)).stream()
                .collect(Collectors.groupingBy(note -> note.blockKey));
        List<CanvasExport.ExportedBlock> blocks = template.blocks().stream()
                .map(block -> new CanvasExport.ExportedBlock(
                        block.key(),
                        notesByBlock.getOrDefault(block.key(), List.of()).stream()
                                .map(this::exported)
                                .toList()))
                .toList();
        return new CanvasExport(
                CanvasExport.FORMAT,
                CanvasExport.FORMAT_VERSION,
                new CanvasExport.ExportedCanvas(
                        canvas.title,
                        canvas.topic,
                        canvas.templateKey,
                        canvas.templateVersion,
                        canvas.status,
                        canvas.facilitator,
                        canvas.partnershipId,
                        canvas.partnerId),
                blocks);
    }

    /** The notes of a canvas as CSV rows, in the template's block order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download<String> notesAsCsv(@NotNull UUID canvasId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        List<Note> ordered = NoteService.inTemplateOrder(
                visibility.visibleToCaller(canvas, Note.onCanvas(canvasId)), notes.templateOf(canvas));
        return new Download<>(canvas.title + " notes", NotesCsv.write(ordered));
    }

    /**
     * Adds the notes of a CSV text (columns {@code block} and {@code text}, optionally {@code colour}, {@code valueTags}
     * and {@code lensTags}; others, such as those of the export, are ignored) as a bulk add: all or none, wrong
     * fields named {@code notes[i].…} where i counts the data rows from 0.
     */
    public AddedNotesView importNotesCsv(@NotNull UUID canvasId, String csv) {
        canvases.requireChangeable(canvasId);
        List<Map<String, String>> rows = NotesCsv.read(csv == null ? "" : csv);
        if (!rows.isEmpty() && !(rows.get(0).containsKey("block") && rows.get(0).containsKey("text"))) {
            throw ProblemException.invalidField("body", "needs a header row with the columns block and text");
        }
        List<InvalidField> problems = new ArrayList<>();
        List<CreateNoteRequest> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String path = "notes[" + i + "].";
            rows.get(i).forEach((column, cell) -> ControlCharacters.violationIn(cell)
                    .ifPresent(violation -> problems.add(new InvalidField(path + column, violation))));
            requests.add(noteFrom(rows.get(i), path, problems));
        }
        InvalidFields.refuse(problems);
        return notes.addAll(canvasId, new AddNotesRequest(requests));
    }

    private static CreateNoteRequest noteFrom(Map<String, String> row, String path, List<InvalidField> problems) {
        String colourCell = row.getOrDefault("colour", "").strip();
        NoteColour colour = Arrays.stream(NoteColour.values())
                .filter(value -> value.key().equals(colourCell))
                .findFirst()
                .orElse(null);
        if (colour == null && !colourCell.isEmpty()) {
            problems.add(new InvalidField(path + "colour", "must be one of yellow, orange, pink, blue, green, purple"));
        }
        List<ValueTag> valueTags = new ArrayList<>();
        List<String> valueCells = split(row.get("valueTags"));
        for (int k = 0; k < valueCells.size(); k++) {
            String cell = valueCells.get(k);
            int index = k;
            Arrays.stream(ValueTag.values())
                    .filter(tag -> tag.key().equals(cell))
                    .findFirst()
                    .ifPresentOrElse(
                            valueTags::add,
                            () -> problems.add(new InvalidField(
                                    path + "valueTags[" + index + "]", "must be one of economic, social, ecological")));
        }
        return new CreateNoteRequest(
                row.get("block").strip(), row.get("text"), colour, valueTags, split(row.get("lensTags")), null, null);
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(";"))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }

    /**
     * Creates a canvas in {@code localGroup} from an export, with its notes in the same blocks and order, the same
     * tags and comments. All or nothing: every wrong field is named by its path. The server-owned fields are the
     * importer's, as for anything they create: they facilitate the new draft and author its notes and comments, now;
     * a document cannot make someone else the author or facilitator, nor skip the workshop's status steps.
     */
    public CanvasView importCanvas(String localGroup, @NotNull @Valid CanvasExport document) {
        if (localGroup == null || localGroup.isBlank()) {
            throw ProblemException.invalidField("localGroup", "is required: the local group to import the canvas into");
        }
        access.requireMembership(localGroup, "localGroup");
        CanvasExport.ExportedCanvas exported = document.canvas();
        TemplateDocument template = templates.require(
                exported.templateKey(), exported.templateVersion(), "canvas.templateKey", "canvas.templateVersion");
        InvalidFields.refuse(violations(template, document.blocks()));
        int total = document.blocks().stream()
                .mapToInt(block -> block.notes().size())
                .sum();
        if (total > NoteService.MAX_NOTES_PER_CANVAS) {
            throw ProblemException.invalidField(
                    "blocks", "hold " + total + " notes; a canvas holds at most " + NoteService.MAX_NOTES_PER_CANVAS);
        }
        Canvas canvas = canvases.open(
                new CanvasDraft(
                        localGroup,
                        exported.partnershipId(),
                        exported.partnerId(),
                        exported.templateKey(),
                        exported.templateVersion(),
                        exported.title().strip(),
                        exported.topic(),
                        caller.subject(),
                        CanvasStatus.DRAFT),
                "canvas.");
        OffsetDateTime importedAt = CanvasService.now();
        for (int i = 0; i < document.blocks().size(); i++) {
            CanvasExport.ExportedBlock block = document.blocks().get(i);
            for (int j = 0; j < block.notes().size(); j++) {
                CanvasExport.ExportedNote exportedNote = block.notes().get(j);
                Note note = notes.put(
                        canvas,
                        new CreateNoteRequest(
                                block.key(),
                                exportedNote.text(),
                                exportedNote.colour(),
                                exportedNote.valueTags(),
                                exportedNote.lensTags(),
                                null,
                                exportedNote.question()),
                        "blocks[" + i + "].notes[" + j + "].",
                        caller.subject(),
                        importedAt);
                List<CanvasExport.ExportedComment> comments = exportedNote.comments();
                for (int k = 0; k < comments.size(); k++) {
                    // Comments are listed by time: a microsecond apart (PostgreSQL's precision), they keep their order.
                    notes.addComment(
                            canvas.id,
                            note.id,
                            comments.get(k).text(),
                            caller.subject(),
                            importedAt.plusNanos(k * 1000L));
                }
            }
        }
        return CanvasView.of(canvas);
    }

    private static List<InvalidField> violations(TemplateDocument template, List<CanvasExport.ExportedBlock> blocks) {
        List<InvalidField> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            CanvasExport.ExportedBlock block = blocks.get(i);
            if (!template.hasBlock(block.key())) {
                problems.add(new InvalidField(
                        "blocks[" + i + "].key",
                        "is not a block of template " + template.key() + " version " + template.version()));
            } else if (!seen.add(block.key())) {
                problems.add(new InvalidField("blocks[" + i + "].key", "repeats " + block.key()));
            }
            for (int j = 0; j < block.notes().size(); j++) {
                CanvasExport.ExportedNote note = block.notes().get(j);
                String path = "blocks[" + i + "].notes[" + j + "].";
                problems.addAll(NoteRules.violations(template, path, null, note.valueTags(), note.lensTags()));
                problems.addAll(NoteRules.questionViolations(template, path, block.key(), note.question()));
            }
        }
        return problems;
    }

    private CanvasExport.ExportedNote exported(Note note) {
        return new CanvasExport.ExportedNote(
                note.text,
                note.colour,
                List.copyOf(note.valueTags),
                List.copyOf(note.lensTags),
                note.author,
                note.createdAt,
                note.question,
                NoteComment.onNote(note.id).list().stream()
                        .map(comment ->
                                new CanvasExport.ExportedComment(comment.text, comment.author, comment.createdAt))
                        .toList());
    }
}
