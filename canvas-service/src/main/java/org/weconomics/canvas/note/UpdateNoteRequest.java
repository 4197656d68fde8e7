package org.weconomics.canvas.note;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.ValueTag;

/** The content of a note, replaced as a whole; where it sits changes through its placement. */
@Schema(name = "UpdateNoteRequest")
public record UpdateNoteRequest(
        @Schema(example = "Warme maaltijden met lokale seizoensgroenten") @NotBlank @Size(max = 2000) String text,
        @Schema(example = "green") @NotNull NoteColour colour,
        @Schema(example = "[\"social\", \"ecological\"]") @NotNull @Size(max = 3) List<@NotNull ValueTag> valueTags,
        @Schema(example = "[]") @NotNull @Size(max = 20) List<@NotBlank String> lensTags,
        @Schema(
                        description = "Index (from 0) of the guiding question of its block that the note answers; "
                                + "replaced like the rest, so leaving it out means none in particular.",
                        example = "0")
                @Min(0)
                Integer question) {}
