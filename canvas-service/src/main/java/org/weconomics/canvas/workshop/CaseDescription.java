package org.weconomics.canvas.workshop;

import java.util.List;
import java.util.Map;

/**
 * The case description an own-case workshop works from, written from the client's quickscan: per group the questions
 * answered, each with its answer, in the workshop's language.
 */
final class CaseDescription {

    static final int MAX_LENGTH = 20000;

    private CaseDescription() {}

    /** The description, or null when nothing is answered. */
    static String of(List<QuickscanQuestions.Group> groups, Map<String, String> answers, WorkshopLanguage language) {
        StringBuilder text = new StringBuilder();
        for (QuickscanQuestions.Group group : groups) {
            List<QuickscanQuestions.Question> answered = group.questions().stream()
                    .filter(question -> answers.containsKey(question.key()))
                    .toList();
            if (answered.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(group.title().in(language.language()));
            for (QuickscanQuestions.Question question : answered) {
                text.append("\n- ")
                        .append(question.text().in(language.language()))
                        .append(' ')
                        .append(answers.get(question.key()));
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text.toString();
    }
}
