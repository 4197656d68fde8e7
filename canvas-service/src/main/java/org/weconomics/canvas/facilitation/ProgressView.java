package org.weconomics.canvas.facilitation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far the group got on each block, in the template's order: its notes and which of its guiding questions no
 * note answers yet. Counts only the notes the caller can see.
 */
@Schema(name = "Progress")
public record ProgressView(
        UUID canvasId,
        @Schema(description = "Blocks with at least one note.", example = "5") int filledBlocks,
        @Schema(description = "Blocks without notes.", example = "4") int emptyBlocks,
        @Schema(description = "Guiding questions that at least one note answers.", example = "7") int answeredQuestions,
        @Schema(description = "Guiding questions that no note answers yet.", example = "20") int unansweredQuestions,
        List<BlockProgress> blocks) {

    /** One block's progress. */
    @Schema(name = "BlockProgress")
    public record BlockProgress(
            @Schema(example = "channels") String blockKey,
            @Schema(example = "Kanalen") String title,
            @Schema(description = "Whether the facilitator moved the group to this block.") boolean focus,
            @Schema(example = "3") int notes,
            boolean empty,
            List<QuestionProgress> questions,
            @Schema(description = "Indexes of the questions no note answers yet.", example = "[1, 2]")
                    List<Integer> unansweredQuestions) {}

    /**
     * One guiding question of a block.
     *
     * @param index its place among the block's questions, from 0: what a note's {@code question} names
     */
    @Schema(name = "QuestionProgress")
    public record QuestionProgress(
            @Schema(
                            description =
                                    "Its place among the block's questions, from 0; a note answers it by naming it.",
                            example = "0")
                    int index,
            @Schema(example = "Via welke kanalen willen we onze klanten bereiken?") String text,
            @Schema(description = "Notes that answer it.", example = "2") int notes,
            boolean answered) {}
}
