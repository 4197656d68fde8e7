package org.weconomics.canvas.workshop;

import java.util.ArrayList;
import java.util.List;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.template.TemplateDocument;

/**
 * The afternoon as the source runs it: the canvases filled in step by step, with an extended questionnaire. Here a
 * step is one block of a canvas, in the template's order, and its questionnaire is the block's guiding questions.
 */
final class StepPlan {

    /** The platform's own estimate of a step's timebox (the source gives none); the facilitator changes it. */
    static final int DEFAULT_MINUTES = 10;

    private StepPlan() {}

    /** @param canvases the workshop's canvases, each with the template version it was made from */
    static List<WorkshopStep> of(List<Canvas> canvases, List<TemplateDocument> templates) {
        List<WorkshopStep> steps = new ArrayList<>();
        for (int i = 0; i < canvases.size(); i++) {
            Canvas canvas = canvases.get(i);
            for (TemplateDocument.Block block : templates.get(i).blocks()) {
                steps.add(step(canvas, block, DEFAULT_MINUTES));
            }
        }
        return steps;
    }

    static WorkshopStep step(Canvas canvas, TemplateDocument.Block block, int minutes) {
        return new WorkshopStep(canvas.id, block.key(), block.title(), List.copyOf(block.questions()), minutes);
    }
}
