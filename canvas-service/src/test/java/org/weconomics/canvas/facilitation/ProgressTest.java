package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;

/** Progress per block, and notes that answer a guiding question of their block. */
@QuarkusTest
class ProgressTest {

    @Test
    void theProgressListsEveryBlockInTemplateOrderWithItsUnansweredQuestions() {
        Workshop workshop = new Workshop("Voortgang");
        Map<String, Object> answer = CanvasTestData.noteBody("channels", "Via de webshop");
        answer.put("question", 1);
        String answering = CanvasTestData.note(workshop.piet, workshop.canvas, answer);
        workshop.note(workshop.mira, "channels", "Beantwoordt geen vraag in het bijzonder");
        workshop.focus("channels");

        JsonPath progress = given().auth()
                .oauth2(workshop.mira)
                .header("Accept-Language", "en")
                .when()
                .get("/canvases/{c}/progress", workshop.canvas)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .extract()
                .jsonPath();

        assertThat(progress.getList("blocks.blockKey", String.class))
                .containsExactly(
                        "value-proposition",
                        "customer-segments",
                        "customer-relationships",
                        "key-partners",
                        "key-activities",
                        "channels",
                        "key-resources",
                        "cost-structure",
                        "revenue-streams");
        assertThat(progress.getInt("filledBlocks")).isEqualTo(1);
        assertThat(progress.getInt("emptyBlocks")).isEqualTo(8);
        assertThat(progress.getInt("answeredQuestions")).isEqualTo(1);
        assertThat(progress.getInt("unansweredQuestions")).isEqualTo(29);
        Map<String, Object> channels = progress.getMap("blocks[5]");
        assertThat(channels)
                .containsEntry("title", "Channels")
                .containsEntry("focus", true)
                .containsEntry("notes", 2)
                .containsEntry("empty", false)
                .containsEntry("unansweredQuestions", List.of(0));
        assertThat(progress.getList("blocks[5].questions.answered", Boolean.class))
                .containsExactly(false, true);
        assertThat(progress.getList("blocks[5].questions.notes", Integer.class)).containsExactly(0, 1);
        assertThat(progress.getMap("blocks[0]")).containsEntry("empty", true).containsEntry("focus", false);
        assertThat(progress.getList("blocks[0].unansweredQuestions", Integer.class))
                .containsExactly(0, 1, 2, 3, 4, 5);

        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("blockKey", "key-partners", "position", 0))
                .when()
                .put("/canvases/{c}/notes/{n}/placement", workshop.canvas, answering)
                .then()
                .statusCode(200)
                .body("question", nullValue());
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/progress", workshop.canvas)
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("answeredQuestions", equalTo(0))
                .body("filledBlocks", equalTo(2));
    }

    @Test
    void aQuestionANoteNamesMustBeOneOfItsBlocksQuestions() {
        Workshop workshop = new Workshop("Vragen");
        Map<String, Object> wrong = CanvasTestData.noteBody("channels", "Te ver");
        wrong.put("question", 2);
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .body(wrong)
                .when()
                .post("/canvases/{c}/notes", workshop.canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("question")));
        wrong.put("question", -1);
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .body(Map.of("notes", List.of(CanvasTestData.noteBody("channels", "Goed"), wrong)))
                .when()
                .post("/canvases/{c}/notes/bulk", workshop.canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("notes[1].question")));

        String note = workshop.note(workshop.piet, "value-proposition", "Zes vragen");
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "text",
                        "Zes vragen",
                        "colour",
                        "yellow",
                        "valueTags",
                        List.of(),
                        "lensTags",
                        List.of(),
                        "question",
                        5))
                .when()
                .put("/canvases/{c}/notes/{n}", workshop.canvas, note)
                .then()
                .statusCode(200)
                .body("question", equalTo(5));
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "text",
                        "Zes vragen",
                        "colour",
                        "yellow",
                        "valueTags",
                        List.of(),
                        "lensTags",
                        List.of(),
                        "question",
                        6))
                .when()
                .put("/canvases/{c}/notes/{n}", workshop.canvas, note)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("question")));
    }

    @Test
    void anExportKeepsTheQuestionANoteAnswers() {
        Workshop workshop = new Workshop("Vraag in export");
        Map<String, Object> answer = CanvasTestData.noteBody("channels", "Via de webshop");
        answer.put("question", 1);
        CanvasTestData.note(workshop.piet, workshop.canvas, answer);
        workshop.note(workshop.piet, "channels", "Zonder vraag");

        Map<String, Object> exported = given().auth()
                .oauth2(workshop.piet)
                .when()
                .get("/canvases/{c}/export", workshop.canvas)
                .then()
                .statusCode(200)
                .body("blocks.find { it.key == 'channels' }.notes[0].question", equalTo(1))
                .body(
                        "blocks.find { it.key == 'channels' }.notes[1]",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("question")))
                .extract()
                .as(Map.class);
        String imported = given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .queryParam("localGroup", workshop.group)
                .body(exported)
                .when()
                .post("/canvases/import")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(workshop.piet)
                .when()
                .get("/canvases/{c}/progress", imported)
                .then()
                .statusCode(200)
                .body("answeredQuestions", equalTo(1));
    }
}
