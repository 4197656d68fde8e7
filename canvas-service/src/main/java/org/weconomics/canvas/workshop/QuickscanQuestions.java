package org.weconomics.canvas.workshop;

import java.util.ArrayList;
import java.util.List;
import org.weconomics.canvas.template.LocalizedText;
import org.weconomics.canvas.template.TemplateDocument;

/**
 * The quickscan the client of an own-case workshop fills in before the day, grouped by the blocks of the Community
 * Model Canvas. The training names the quickscan but gives none of its questions, so it is made of the CMC template's
 * own guiding questions per block, preceded by a few questions of the platform's own about the case (marked as such,
 * as the TKM template marks what is in the method's spirit rather than its sources).
 */
final class QuickscanQuestions {

    /** The group of the platform's own questions, before the blocks; it is no block of the canvas. */
    static final String CASE = "case";

    private static final List<LocalizedText> PLATFORM_QUESTIONS = List.of(
            new LocalizedText(
                    "Wie is de opdrachtgever, en welke organisaties doen mee?",
                    "Who is the client, and which organisations take part?"),
            new LocalizedText(
                    "Welk probleem of welke kans wilt u samen aanpakken?",
                    "Which problem or opportunity do you want to tackle together?"),
            new LocalizedText("Wat moet de workshop opleveren?", "What should the workshop deliver?"));

    private QuickscanQuestions() {}

    /** One question: its key ({@code case.0}, {@code domain-boundary.1}), text, and whether it is the platform's own. */
    record Question(String key, String blockKey, int index, LocalizedText text, boolean ownQuestion) {}

    /** One group: the case questions, or one block of the CMC. */
    record Group(String key, LocalizedText title, List<Question> questions) {}

    static List<Group> of(TemplateDocument cmc) {
        List<Group> groups = new ArrayList<>();
        List<Question> own = new ArrayList<>();
        for (int i = 0; i < PLATFORM_QUESTIONS.size(); i++) {
            own.add(new Question(CASE + "." + i, null, i, PLATFORM_QUESTIONS.get(i), true));
        }
        groups.add(new Group(CASE, new LocalizedText("De casus", "The case"), own));
        for (TemplateDocument.Block block : cmc.blocks()) {
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < block.questions().size(); i++) {
                questions.add(new Question(
                        block.key() + "." + i, block.key(), i, block.questions().get(i), false));
            }
            groups.add(new Group(block.key(), block.title(), questions));
        }
        return groups;
    }

    static List<Question> all(List<Group> groups) {
        return groups.stream().flatMap(group -> group.questions().stream()).toList();
    }
}
