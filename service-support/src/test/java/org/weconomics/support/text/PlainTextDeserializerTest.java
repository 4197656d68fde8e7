package org.weconomics.support.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.support.rest.ProblemMappers;

class PlainTextDeserializerTest {

    record Alternative(String name) {}

    record Pricing(String title, List<Alternative> alternatives, Map<String, String> answers) {}

    private final ObjectMapper json = plainTextJson();

    private static ObjectMapper plainTextJson() {
        ObjectMapper mapper = new ObjectMapper();
        new PlainTextJson().customize(mapper);
        return mapper;
    }

    @Test
    void aNulInANestedFieldIsRefusedWithThatFieldsPath() {
        assertThatThrownBy(() -> json.readValue(
                        "{\"title\":\"ok\",\"alternatives\":[{\"name\":\"a\"},{\"name\":\"b\\u0000c\"}]}",
                        Pricing.class))
                .isInstanceOfSatisfying(ControlCharacterException.class, e -> {
                    assertThat(ProblemMappers.jsonPath(e)).isEqualTo("alternatives[1].name");
                    assertThat(e.violation()).contains("U+0000 at position 1");
                });
    }

    @Test
    void controlCharactersInMapValuesAndTopLevelFieldsAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"answers\":{\"q1\":\"x\\u001by\"}}", Pricing.class))
                .isInstanceOfSatisfying(ControlCharacterException.class, e -> assertThat(ProblemMappers.jsonPath(e))
                        .isEqualTo("answers.q1"));
        assertThatThrownBy(() -> json.readValue("{\"title\":\"\\u007f\"}", Pricing.class))
                .isInstanceOfSatisfying(ControlCharacterException.class, e -> assertThat(ProblemMappers.jsonPath(e))
                        .isEqualTo("title"));
    }

    @Test
    void tabsAndLineBreaksAndOrdinaryTextPass() throws Exception {
        Pricing read = json.readValue(
                "{\"title\":\"Eén\\tregel\\r\\nen nog één — ok 🙂\",\"alternatives\":[{\"name\":\"=SUM(1)\"}]}",
                Pricing.class);

        assertThat(read.title()).isEqualTo("Eén\tregel\r\nen nog één — ok 🙂");
        assertThat(read.alternatives()).containsExactly(new Alternative("=SUM(1)"));
    }

    @Test
    void theRuleNamesTheFirstRefusedCharacter() {
        assertThat(ControlCharacters.violationIn("ab\u0085"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("found U+0085 at position 2"));
        assertThat(ControlCharacters.violationIn(null)).isEmpty();
        assertThat(ControlCharacters.violationIn("tab\there\nnext")).isEmpty();
    }
}
