package org.weconomics.canvas.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a note. */
@Schema(name = "CreateCommentRequest")
public record CreateCommentRequest(
        @Schema(example = "Ook voor de vergaderzalen?") @NotBlank @Size(max = 2000) String text) {}
