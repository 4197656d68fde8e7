package org.weconomics.canvas.picture.rest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteComment;
import org.weconomics.canvas.picture.BoardPicture;
import org.weconomics.canvas.picture.PictureBlock;
import org.weconomics.canvas.picture.PictureComment;
import org.weconomics.canvas.picture.PictureNote;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.LocalizedText;
import org.weconomics.canvas.template.TemplateDocument;

/**
 * Turns a stored canvas, the template version it was made with, its notes and their comments into the
 * {@link BoardPicture} the renderers draw, every text in one language. Pure: no database, so it is tested without
 * Quarkus.
 */
public final class BoardPictureMapper {

    private static final Map<Language, DateTimeFormatter> DATES = Map.of(
            Language.NL, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")),
            Language.EN, DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private BoardPictureMapper() {}

    /**
     * @param notes    the notes to draw (those the viewer may see)
     * @param comments the comments per note id, oldest first; notes without comments may be absent
     * @param votes    the votes per note id of the dot-voting round to show; notes without votes may be absent
     * @param date     the day the picture shows in its subtitle (the day it is drawn)
     */
    public static BoardPicture toPicture(
            Canvas canvas,
            TemplateDocument template,
            List<Note> notes,
            Map<UUID, List<NoteComment>> comments,
            Map<UUID, Integer> votes,
            Language language,
            LocalDate date) {
        Map<String, LocalizedText> groupTitles = template.groups().stream()
                .collect(Collectors.toMap(TemplateDocument.Group::key, TemplateDocument.Group::title));
        List<PictureBlock> blocks = template.blocks().stream()
                .map(block -> block(block, groupTitles, language))
                .toList();
        List<PictureNote> pictureNotes = notes.stream()
                .map(note -> note(note, comments.getOrDefault(note.id, List.of()), votes.getOrDefault(note.id, 0)))
                .toList();
        String attribution =
                template.attribution() == null ? null : template.attribution().in(language);
        return new BoardPicture(
                canvas.title,
                canvas.topic,
                subtitle(canvas.localGroup, date, language),
                language,
                template.grid().columns(),
                template.grid().rows(),
                attribution,
                blocks,
                pictureNotes);
    }

    /** "gent · 14 maart 2025": where and when the board was made, as the wall picture's subtitle. */
    static String subtitle(String localGroup, LocalDate date, Language language) {
        return localGroup + " · " + DATES.get(language).format(date);
    }

    private static PictureBlock block(
            TemplateDocument.Block block, Map<String, LocalizedText> groupTitles, Language language) {
        LocalizedText groupTitle = groupTitles.get(block.group());
        TemplateDocument.Position position = block.position();
        return new PictureBlock(
                block.key(),
                block.title().in(language),
                groupTitle == null ? null : groupTitle.in(language),
                position.column(),
                position.row(),
                position.columnSpan(),
                position.rowSpan());
    }

    private static PictureNote note(Note note, List<NoteComment> comments, int votes) {
        return new PictureNote(
                note.blockKey,
                note.position,
                note.text,
                note.colour,
                Set.copyOf(note.valueTags),
                votes,
                comments.stream()
                        .map(comment -> new PictureComment(comment.author, comment.text))
                        .toList());
    }

    /** Comments grouped per note, keeping their order. */
    static Map<UUID, List<NoteComment>> byNote(List<NoteComment> comments) {
        return comments.stream()
                .collect(Collectors.groupingBy(
                        comment -> comment.noteId, Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}
