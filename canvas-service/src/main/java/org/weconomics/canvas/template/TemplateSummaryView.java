package org.weconomics.canvas.template;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template version as a list shows it, in one language. */
@Schema(name = "TemplateSummary")
public record TemplateSummaryView(
        @Schema(example = "blended-business-model-canvas") String key,
        @Schema(example = "1") int version,
        @Schema(example = "nl") String language,
        @Schema(example = "Blended Business Model Canvas") String title,
        String description,
        @Schema(description = "Shipped with the platform rather than written by an admin.") boolean shipped,
        @Schema(example = "9") int blockCount,
        @Schema(description = "The value tags notes may carry.", example = "[\"economic\", \"social\", \"ecological\"]")
                List<ValueTag> valueTags,
        @Schema(description = "Keys of the lenses notes may be tagged with.") List<String> lenses) {

    static TemplateSummaryView of(CanvasTemplate template, Language language) {
        TemplateDocument document = template.document;
        return new TemplateSummaryView(
                template.templateKey,
                template.version,
                language.tag(),
                document.title().in(language),
                document.description().in(language),
                template.shipped,
                document.blocks().size(),
                document.valueTags(),
                document.lenses().stream().map(TemplateDocument.Lens::key).toList());
    }
}
