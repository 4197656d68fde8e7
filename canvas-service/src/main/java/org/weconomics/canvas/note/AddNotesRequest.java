package org.weconomics.canvas.note;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Several notes at once, as a facilitator pastes them; all are added or none. */
@Schema(name = "AddNotesRequest")
public record AddNotesRequest(
        @Schema(description = "1 to " + AddNotesRequest.MAX_NOTES + " notes, added in this order.")
                @NotEmpty
                @Size(max = AddNotesRequest.MAX_NOTES)
                List<@NotNull @Valid CreateNoteRequest> notes) {

    public static final int MAX_NOTES = 100;
}
