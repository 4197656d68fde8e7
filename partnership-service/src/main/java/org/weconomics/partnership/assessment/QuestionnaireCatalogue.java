package org.weconomics.partnership.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;

/** The individual questionnaire (catalogue/questionnaire.json): strategy, organisation and legal sections. */
@ApplicationScoped
public class QuestionnaireCatalogue {

    private final JsonNode questionnaire;

    public QuestionnaireCatalogue(ObjectMapper json) {
        this.questionnaire = Catalogue.read(json, "questionnaire");
    }

    Set<String> questionKeys() {
        return sections()
                .flatMap(section -> stream(section.get("questions")))
                .map(question -> question.get("key").asText())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The sections with each question and the answer given (null: skipped). */
    List<QuestionnaireView.Section> sections(Language language, Map<String, String> answers) {
        return sections()
                .map(section -> {
                    List<QuestionnaireView.Question> questions = stream(section.get("questions"))
                            .map(question -> new QuestionnaireView.Question(
                                    question.get("key").asText(),
                                    question.path("bmcBlock").asText(null),
                                    language.pick(question.get("text")),
                                    answers.get(question.get("key").asText())))
                            .toList();
                    int answered = (int) questions.stream()
                            .filter(question -> question.answer() != null)
                            .count();
                    return new QuestionnaireView.Section(
                            section.get("key").asText(),
                            language.pick(section.get("title")),
                            language.pick(section.get("description")),
                            questions,
                            answered,
                            questions.size() - answered);
                })
                .toList();
    }

    String title(Language language) {
        return language.pick(questionnaire.get("title"));
    }

    List<String> instructions(Language language) {
        return stream(questionnaire.get("instructions")).map(language::pick).toList();
    }

    private Stream<JsonNode> sections() {
        return stream(questionnaire.get("sections"));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return array == null ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }
}
