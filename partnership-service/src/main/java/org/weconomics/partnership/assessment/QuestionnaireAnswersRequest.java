package org.weconomics.partnership.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All answers of a partner, by question key; leave a question out (or blank) to skip it. */
@Schema(
        name = "QuestionnaireAnswersRequest",
        example = "{\"answers\": {\"collaboration-context\": \"Teambuildings met een sociale insteek in Limburg\"}}")
public record QuestionnaireAnswersRequest(
        @Schema(required = true) @NotNull Map<String, @Size(max = 4000) String> answers) {}
