package org.weconomics.canvas.workshop;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.LocalizedText;
import org.weconomics.support.concurrency.Versioned;

/** The quickscan of a workshop with its answers so far. Its {@code version} is the workshop's (also the ETag). */
@Schema(name = "Quickscan")
public record QuickscanView(
        UUID workshopId,
        @Schema(description = "The case questions first, then one group per block of the Community Model Canvas.")
                List<GroupView> groups,
        @Schema(description = "How many questions have an answer.", example = "12") int answered,
        @Schema(description = "When its answers were turned into hidden draft notes; absent until then.")
                OffsetDateTime draftedAt,
        @Schema(description = "The workshop's version; send it back in If-Match.", example = "3") long version)
        implements Versioned {

    @Schema(name = "QuickscanGroup")
    public record GroupView(
            @Schema(description = "case, or the key of a CMC block.", example = "domain-boundary") String key,
            LocalizedText title,
            List<QuestionView> questions) {}

    @Schema(name = "QuickscanQuestion")
    public record QuestionView(
            @Schema(description = "The key its answer is sent under.", example = "domain-boundary.0") String key,
            LocalizedText text,
            @Schema(description = "Whether it is the platform's own question (the sources give none), not the CMC's.")
                    boolean ownQuestion,
            @Schema(description = "The client's answer; absent while unanswered.") String answer) {}

    static QuickscanView of(Workshop workshop, List<QuickscanQuestions.Group> groups) {
        Map<String, String> answers = workshop.quickscanAnswers;
        List<GroupView> views = groups.stream()
                .map(group -> new GroupView(
                        group.key(),
                        group.title(),
                        group.questions().stream()
                                .map(question -> new QuestionView(
                                        question.key(),
                                        question.text(),
                                        question.ownQuestion(),
                                        answers.get(question.key())))
                                .toList()))
                .toList();
        return new QuickscanView(workshop.id, views, answers.size(), workshop.quickscanDraftedAt, workshop.version);
    }
}
