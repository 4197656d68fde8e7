package org.weconomics.canvas.snapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A snapshot to take of a canvas now; the server owns its id, sequence, notes, author and time. */
@Schema(name = "CreateSnapshotRequest")
public record CreateSnapshotRequest(@Schema(example = "Einde werkdag 1") @NotBlank @Size(max = 200) String name) {}
