package org.weconomics.partnership.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The members who act for a partner, replaced whole. */
@Schema(name = "RepresentativesRequest")
public record RepresentativesRequest(
        @Schema(
                        description = "Token subjects (user ids, see GET /people) of the members who act for the "
                                + "partner; each must be a member of the partnership's local group (400 naming "
                                + "subjects[i] otherwise). An empty list leaves the partner to its coaches alone.",
                        example = "[\"0b6c8d1e-5f0a-4c4e-9b9a-2f3d4e5f6a7b\"]",
                        required = true)
                @NotNull
                @Size(max = 20)
                List<@NotBlank @Size(max = 100) String> subjects) {}
