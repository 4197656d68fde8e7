package org.weconomics.partnership.tension;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A typical tension of the catalogue, offered to a partnership of a type to consider for its register. */
@Schema(name = "TensionSuggestion")
public record TensionSuggestion(
        @Schema(
                        description = "Send it as catalogueKey when you record the tension.",
                        example = "distribution-and-reinvestment-of-surplus")
                String key,
        @Schema(description = "generic (any type) or type-specific.", example = "generic") String origin,
        @Schema(example = "value-capture") String valueDomain,
        @Schema(example = "revenue-streams") String bmcBlock,
        @Schema(description = "The category the sources suggest, if any.", example = "strategic") String category,
        String title,
        String description,
        List<String> guidingQuestions,
        @Schema(description = "The register already holds a tension taken from this suggestion.")
                boolean alreadyRegistered) {}
