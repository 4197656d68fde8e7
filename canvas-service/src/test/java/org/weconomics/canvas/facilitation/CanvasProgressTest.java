package org.weconomics.canvas.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.template.GroupKind;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.LocalizedText;
import org.weconomics.canvas.template.TemplateDocument;

class CanvasProgressTest {

    private static final TemplateDocument TEMPLATE = new TemplateDocument(
            "test",
            1,
            text("Test"),
            text("Test"),
            null,
            new TemplateDocument.Grid(2, 1),
            List.of(new TemplateDocument.Group("all", GroupKind.DIMENSION, text("Alles"), text("Alles"))),
            List.of(),
            List.of(),
            List.of(
                    block("why", 0, text("Waarom?"), text("Voor wie?"), text("Wanneer?")),
                    block("how", 1, text("Hoe?"))));

    @Test
    void questionsCountAsAnsweredWhenANoteOfTheirBlockNamesThem() {
        UUID canvas = UUID.randomUUID();
        ProgressView progress = CanvasProgress.of(
                canvas, TEMPLATE, List.of(note("why", 2), note("why", 2), note("why", null)), "how", Language.NL);

        assertThat(progress.filledBlocks()).isEqualTo(1);
        assertThat(progress.emptyBlocks()).isEqualTo(1);
        assertThat(progress.answeredQuestions()).isEqualTo(1);
        assertThat(progress.unansweredQuestions()).isEqualTo(3);
        ProgressView.BlockProgress why = progress.blocks().get(0);
        assertThat(why.notes()).isEqualTo(3);
        assertThat(why.focus()).isFalse();
        assertThat(why.unansweredQuestions()).containsExactly(0, 1);
        assertThat(why.questions())
                .extracting(ProgressView.QuestionProgress::text, ProgressView.QuestionProgress::notes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Waarom?", 0),
                        org.assertj.core.groups.Tuple.tuple("Voor wie?", 0),
                        org.assertj.core.groups.Tuple.tuple("Wanneer?", 2));
        ProgressView.BlockProgress how = progress.blocks().get(1);
        assertThat(how.empty()).isTrue();
        assertThat(how.focus()).isTrue();
        assertThat(how.unansweredQuestions()).containsExactly(0);
    }

    private static Note note(String blockKey, Integer question) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.blockKey = blockKey;
        note.question = question;
        return note;
    }

    private static TemplateDocument.Block block(String key, int column, LocalizedText... questions) {
        return new TemplateDocument.Block(
                key, "all", new TemplateDocument.Position(column, 0, 1, 1), text(key), List.of(questions));
    }

    private static LocalizedText text(String text) {
        return new LocalizedText(text, text);
    }
}
