package org.weconomics.partnership.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How ready the partnership is to put its collaboration into an agreement, explained in sentences. */
@Schema(name = "Readiness")
public record ReadinessView(
        @Schema(example = "en") String language,
        @Schema(
                        enumeration = {"ready", "nearly-ready", "not-ready"},
                        example = "nearly-ready")
                String level,
        @Schema(
                        description =
                                "The explanation: first the conclusion, then the facets, tensions and success factors "
                                        + "that lead to it.")
                List<String> sentences) {}
