package org.weconomics.canvas.note;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.ValueTag;

/** A note to put on a canvas; the server owns id, author, version and times. */
@Schema(name = "CreateNoteRequest")
public record CreateNoteRequest(
        @Schema(description = "Key of a block of the canvas's template version.", example = "value-proposition")
                @NotBlank
                @Size(max = 100)
                String blockKey,
        @Schema(example = "Warme maaltijden met lokale groenten") @NotBlank @Size(max = 2000) String text,
        @Schema(description = "yellow when left out.", example = "yellow") NoteColour colour,
        @Schema(
                        description = "Kinds of value the note creates; only those the template allows.",
                        example = "[\"social\"]")
                @Size(max = 3)
                List<@NotNull ValueTag> valueTags,
        @Schema(description = "Keys of the template's lenses the note is tagged with.", example = "[]") @Size(max = 20)
                List<@NotBlank String> lensTags,
        @Schema(
                        description =
                                "Place in the block, from 0; the notes from there on move down. At the end when left out.",
                        example = "0")
                @Min(0)
                Integer position,
        @Schema(
                        description = "Index (from 0) of the guiding question of the block that the note answers; "
                                + "optional. The progress counts a question as answered when a note names it.",
                        example = "0")
                @Min(0)
                Integer question) {

    public NoteColour colourOrDefault() {
        return colour == null ? NoteColour.YELLOW : colour;
    }

    public List<ValueTag> valueTagsOrNone() {
        return valueTags == null ? List.of() : valueTags;
    }

    public List<String> lensTagsOrNone() {
        return lensTags == null ? List.of() : lensTags;
    }
}
