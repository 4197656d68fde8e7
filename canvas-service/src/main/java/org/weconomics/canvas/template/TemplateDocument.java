package org.weconomics.canvas.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a canvas template, in both languages, exactly in the format of
 * {@code canvas-templates/README.md}. Field rules are Bean Validation; rules across fields (groups exist,
 * blocks fit the grid without overlap) are in {@link TemplateRules}.
 */
@Schema(
        name = "TemplateDocument",
        description = "A complete template version in Dutch and English, as stored and as "
                + "admins send it. The format is documented in canvas-templates/README.md of canvas-service.")
public record TemplateDocument(
        @Schema(example = "business-model-canvas")
                @NotNull
                @Pattern(regexp = KEY, message = KEY_MESSAGE)
                @Size(max = 100)
                String key,
        @Schema(example = "1") @NotNull @Min(1) Integer version,
        @NotNull @Valid LocalizedText title,
        @NotNull @Valid LocalizedText description,
        @Schema(description = "Credit and licence; required for templates based on the Business Model Canvas.") @Valid
                LocalizedText attribution,
        @NotNull @Valid Grid grid,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Group> groups,
        @NotNull @Size(max = 3) List<@NotNull ValueTag> valueTags,
        @NotNull @Size(max = 20) List<@NotNull @Valid Lens> lenses,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Block> blocks) {

    static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String KEY_MESSAGE =
            "must be kebab-case: lower-case letters and digits, words joined by single dashes";

    /** The grid the blocks are placed on. */
    @Schema(name = "TemplateGrid")
    public record Grid(
            @Schema(example = "10") @NotNull @Min(1) @Max(50) Integer columns,
            @Schema(example = "3") @NotNull @Min(1) @Max(50) Integer rows) {}

    /** A group of blocks: a dimension, value domain or side. */
    @Schema(name = "TemplateGroup")
    public record Group(
            @Schema(example = "value-creation") @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) @Size(max = 100)
                    String key,
            @NotNull GroupKind kind,
            @NotNull @Valid LocalizedText title,
            @NotNull @Valid LocalizedText description) {}

    /** A way of looking at the canvas that a note may be tagged with. */
    @Schema(name = "TemplateLens")
    public record Lens(
            @Schema(example = "apart-together") @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) @Size(max = 100)
                    String key,
            @NotNull @Valid LocalizedText title,
            @NotNull @Valid LocalizedText description) {}

    /** A block (bouwsteen) of the board with its guiding questions. */
    @Schema(name = "TemplateBlock")
    public record Block(
            @Schema(example = "key-partners") @NotNull @Pattern(regexp = KEY, message = KEY_MESSAGE) @Size(max = 100)
                    String key,
            @Schema(example = "realisation") @NotNull String group,
            @NotNull @Valid Position position,
            @NotNull @Valid LocalizedText title,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid LocalizedText> questions) {}

    /** Where a block sits on the grid, counted from 0 at the top left. */
    @Schema(name = "TemplateBlockPosition")
    public record Position(
            @Schema(example = "0") @NotNull @Min(0) Integer column,
            @Schema(example = "0") @NotNull @Min(0) Integer row,
            @Schema(example = "2") @NotNull @Min(1) Integer columnSpan,
            @Schema(example = "2") @NotNull @Min(1) Integer rowSpan) {}

    public boolean hasBlock(String blockKey) {
        return blocks.stream().anyMatch(block -> block.key().equals(blockKey));
    }

    public boolean hasLens(String lensKey) {
        return lenses.stream().anyMatch(lens -> lens.key().equals(lensKey));
    }
}
