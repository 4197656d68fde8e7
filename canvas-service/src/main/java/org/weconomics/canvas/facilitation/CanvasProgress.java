package org.weconomics.canvas.facilitation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.TemplateDocument;

/**
 * Works out a canvas's progress from its template version and notes. A question counts as answered when a note of
 * its block names it in {@code question}; notes that name no question fill the block but answer none. Pure, so it is
 * tested without Quarkus.
 */
final class CanvasProgress {

    private CanvasProgress() {}

    /**
     * @param notes the notes to count (those the caller can see)
     * @param focusBlockKey the block the group works on, or null
     */
    static ProgressView of(
            UUID canvasId, TemplateDocument template, List<Note> notes, String focusBlockKey, Language language) {
        Map<String, List<Note>> byBlock = notes.stream().collect(Collectors.groupingBy(note -> note.blockKey));
        List<ProgressView.BlockProgress> blocks = template.blocks().stream()
                .map(block -> block(block, byBlock.getOrDefault(block.key(), List.of()), focusBlockKey, language))
                .toList();
        int filled = (int) blocks.stream().filter(block -> !block.empty()).count();
        int unanswered = blocks.stream()
                .mapToInt(block -> block.unansweredQuestions().size())
                .sum();
        int questions =
                blocks.stream().mapToInt(block -> block.questions().size()).sum();
        return new ProgressView(canvasId, filled, blocks.size() - filled, questions - unanswered, unanswered, blocks);
    }

    private static ProgressView.BlockProgress block(
            TemplateDocument.Block block, List<Note> notes, String focusBlockKey, Language language) {
        Map<Integer, Long> perQuestion = notes.stream()
                .map(note -> note.question)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<ProgressView.QuestionProgress> questions = IntStream.range(
                        0, block.questions().size())
                .mapToObj(index -> {
                    int answers = perQuestion.getOrDefault(index, 0L).intValue();
                    return new ProgressView.QuestionProgress(
                            index, block.questions().get(index).in(language), answers, answers > 0);
                })
                .toList();
        return new ProgressView.BlockProgress(
                block.key(),
                block.title().in(language),
                block.key().equals(focusBlockKey),
                notes.size(),
                notes.isEmpty(),
                questions,
                questions.stream()
                        .filter(question -> !question.answered())
                        .map(ProgressView.QuestionProgress::index)
                        .toList());
    }
}
