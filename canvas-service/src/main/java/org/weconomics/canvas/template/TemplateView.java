package org.weconomics.canvas.template;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template version in one language: every text of the bilingual document in the language negotiated. */
@Schema(name = "Template")
public record TemplateView(
        @Schema(example = "business-model-canvas") String key,
        @Schema(example = "1") int version,
        @Schema(description = "The language of the texts, also sent as Content-Language.", example = "nl")
                String language,
        @Schema(example = "Business Model Canvas") String title,
        String description,
        @Schema(description = "Credit and licence, when the template is based on another work.") String attribution,
        TemplateDocument.Grid grid,
        List<Group> groups,
        List<ValueTag> valueTags,
        List<Lens> lenses,
        @Schema(description = "In the suggested working order.") List<Block> blocks) {

    @Schema(name = "TemplateGroupView")
    public record Group(
            @Schema(example = "realisation") String key,
            GroupKind kind,
            @Schema(example = "Realisatiemodel") String title,
            String description) {}

    @Schema(name = "TemplateLensView")
    public record Lens(@Schema(example = "apart-together") String key, String title, String description) {}

    @Schema(name = "TemplateBlockView")
    public record Block(
            @Schema(example = "key-partners") String key,
            @Schema(example = "realisation") String group,
            TemplateDocument.Position position,
            @Schema(example = "Netwerkpartners") String title,
            @Schema(description = "The guiding questions, in the order they are asked.") List<String> questions) {}

    static TemplateView of(TemplateDocument document, Language language) {
        return new TemplateView(
                document.key(),
                document.version(),
                language.tag(),
                document.title().in(language),
                document.description().in(language),
                document.attribution() == null ? null : document.attribution().in(language),
                document.grid(),
                document.groups().stream()
                        .map(group -> new Group(
                                group.key(),
                                group.kind(),
                                group.title().in(language),
                                group.description().in(language)))
                        .toList(),
                document.valueTags(),
                document.lenses().stream()
                        .map(lens -> new Lens(
                                lens.key(),
                                lens.title().in(language),
                                lens.description().in(language)))
                        .toList(),
                document.blocks().stream()
                        .map(block -> new Block(
                                block.key(),
                                block.group(),
                                block.position(),
                                block.title().in(language),
                                block.questions().stream()
                                        .map(question -> question.in(language))
                                        .toList()))
                        .toList());
    }
}
