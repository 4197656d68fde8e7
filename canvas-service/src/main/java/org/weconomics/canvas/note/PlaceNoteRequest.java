package org.weconomics.canvas.note;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a note goes: another block, or another place in its own block. */
@Schema(name = "PlaceNoteRequest")
public record PlaceNoteRequest(
        @Schema(
                        description = "Key of the block the note goes to; its own block to reorder.",
                        example = "key-activities")
                @NotBlank
                @Size(max = 100)
                String blockKey,
        @Schema(description = "Its place there, from 0 up to the number of other notes in that block.", example = "0")
                @NotNull
                @Min(0)
                Integer position) {}
