package org.weconomics.partnership.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The members who coach a partnership, replaced whole; a partnership always keeps at least one. */
@Schema(name = "CoachesRequest")
public record CoachesRequest(
        @Schema(
                        description =
                                "Token subjects (user ids, see GET /people) of the members who coach the partnership; at "
                                        + "least one, each a member of the partnership's local group (400 naming "
                                        + "subjects[i] otherwise).",
                        example = "[\"0b6c8d1e-5f0a-4c4e-9b9a-2f3d4e5f6a7b\"]",
                        required = true)
                @NotNull
                @Size(min = 1, max = 10)
                List<@NotBlank @Size(max = 100) String> subjects) {}
