package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which hidden notes to reveal: those of one block, or (without a block) all of them. */
@Schema(name = "RevealNotesRequest")
public record RevealNotesRequest(
        @Schema(
                        description =
                                "Key of a block of the canvas's template version; leave out to reveal every hidden "
                                        + "note.",
                        example = "value-proposition")
                @Size(max = 100)
                String blockKey) {}
