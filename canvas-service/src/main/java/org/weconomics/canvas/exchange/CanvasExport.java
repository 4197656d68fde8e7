package org.weconomics.canvas.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.canvas.CanvasStatus;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.ValueTag;

/**
 * A canvas with its notes and their comments, as a portable JSON document (format {@value #FORMAT}, version
 * {@value #FORMAT_VERSION}). It holds no ids and no local group, so it can be imported into any local group;
 * importing an export and exporting the result gives the same document again.
 *
 * @param blocks every block of the template version, in the template's order, each with its notes by position
 */
@Schema(
        name = "CanvasExport",
        description = "A canvas as a portable document: canvas fields, then every block of its "
                + "template version in order with its notes by position, and each note's comments oldest first. No ids, no local "
                + "group: import it into any local group. Export → import → export gives the same document.")
public record CanvasExport(
        @Schema(example = FORMAT) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) String format,
        @Schema(example = "1") @NotNull @Min(FORMAT_VERSION) @Max(FORMAT_VERSION) Integer formatVersion,
        @NotNull @Valid ExportedCanvas canvas,
        @NotNull @Size(max = 100) List<@NotNull @Valid ExportedBlock> blocks) {

    public static final String FORMAT = "weconomics-canvas";
    public static final int FORMAT_VERSION = 1;

    /** The canvas's own fields. */
    @Schema(name = "ExportedCanvas")
    public record ExportedCanvas(
            @Schema(example = "Blended BMC — werkdag 1") @NotBlank @Size(max = 200) String title,
            @Schema(example = "Een gezamenlijke catering voor events") @Size(max = 2000) String topic,
            @Schema(example = "blended-business-model-canvas") @NotBlank @Size(max = 100) String templateKey,
            @Schema(example = "1") @NotNull @Min(1) Integer templateVersion,
            @NotNull CanvasStatus status,
            @Schema(description = "Token subject of the facilitator.") @NotBlank @Size(max = 100) String facilitator,
            UUID partnershipId,
            UUID partnerId) {}

    /** One block of the template with its notes, by position. */
    @Schema(name = "ExportedBlock")
    public record ExportedBlock(
            @Schema(example = "value-proposition") @NotBlank @Size(max = 100) String key,
            @NotNull @Size(max = 2000) List<@NotNull @Valid ExportedNote> notes) {}

    /** A note; its place is its index in the block's list. */
    @Schema(name = "ExportedNote")
    public record ExportedNote(
            @Schema(example = "Warme maaltijden met lokale groenten") @NotBlank @Size(max = 2000) String text,
            @NotNull NoteColour colour,
            @NotNull @Size(max = 3) List<@NotNull ValueTag> valueTags,
            @NotNull @Size(max = 20) List<@NotBlank String> lensTags,
            @Schema(description = "Token subject of who wrote it.") @NotBlank @Size(max = 100) String author,
            @NotNull OffsetDateTime createdAt,
            @Schema(
                            description = "Index (from 0) of the guiding question of the block that the note answers; "
                                    + "absent when none in particular.",
                            example = "0")
                    @JsonInclude(JsonInclude.Include.NON_NULL)
                    @Min(0)
                    Integer question,
            @NotNull @Size(max = 1000) List<@NotNull @Valid ExportedComment> comments) {}

    /** A comment on a note. */
    @Schema(name = "ExportedComment")
    public record ExportedComment(
            @Schema(example = "Ook voor de vergaderzalen?") @NotBlank @Size(max = 2000) String text,
            @NotBlank @Size(max = 100) String author,
            @NotNull OffsetDateTime createdAt) {}
}
