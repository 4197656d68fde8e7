package org.weconomics.canvas.picture.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class CanvasPictureResourceTest {

    private final String gent = CanvasTestData.localGroup();
    private final String an = TestTokens.member("an", gent);

    @Test
    void theSvgShowsTheNotesInTheDutchBlocksWithTitleSubtitleAndAttribution() throws Exception {
        String canvas = blendedCanvasWithNotes("Wroeter & 37graden: één keuken");

        Response response = given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/picture.svg", canvas)
                .then()
                .statusCode(200)
                .contentType(CanvasPictureResource.SVG)
                .header("ETag", "\"0\"")
                .header("Content-Language", "nl")
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"wroeter-37graden-een-keuken.svg\""))
                .extract()
                .response();

        Document svg = parse(response.asByteArray());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text)
                .contains(
                        "Wroeter & 37graden: één keuken",
                        "Gezamenlijke catering",
                        gent,
                        "Waardepropositie",
                        "Kernactiviteiten",
                        "Inkomstenstromen",
                        "Strategyzer AG",
                        "Warme maaltijden",
                        "Buurtrestaurant",
                        "Verkoop van lunches");
    }

    @Test
    void englishIsDrawnWhenAskedFor() throws Exception {
        String canvas = blendedCanvasWithNotes("Shared kitchen");

        byte[] svg = given().auth()
                .oauth2(an)
                .header("Accept-Language", "en-GB,en;q=0.9")
                .when()
                .get("/canvases/{id}/picture.svg", canvas)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .extract()
                .asByteArray();

        assertThat(parse(svg).getDocumentElement().getTextContent())
                .contains("Value proposition", "Revenue streams")
                .doesNotContain("Waardepropositie");
    }

    @Test
    void thePdfShowsTitleAndNotesAndTheAppendixAddsPagesWithTheComments() throws IOException {
        String canvas = blendedCanvasWithNotes("Samen koken");
        String note = given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/notes", canvas)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        CanvasTestData.comment(an, canvas, note, "Wie kookt op maandag?");

        Response board = given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/picture.pdf", canvas)
                .then()
                .statusCode(200)
                .contentType(CanvasPictureResource.PDF)
                .header("ETag", "\"0\"")
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"samen-koken.pdf\""))
                .extract()
                .response();
        byte[] withAppendix = given().auth()
                .oauth2(an)
                .queryParam("appendix", true)
                .when()
                .get("/canvases/{id}/picture.pdf", canvas)
                .then()
                .statusCode(200)
                .contentType(CanvasPictureResource.PDF)
                .extract()
                .asByteArray();

        try (PDDocument pdf = Loader.loadPDF(board.asByteArray());
                PDDocument appendix = Loader.loadPDF(withAppendix)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = squeezed(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .contains(
                            squeezed("Samen koken"),
                            squeezed("Warme maaltijden, lokaal gekookt"),
                            squeezed("Buurtrestaurant"),
                            squeezed("Verkoop van lunches"),
                            "Waardepropositie");
            assertThat(text).doesNotContain(squeezed("Wie kookt op maandag?"));

            assertThat(appendix.getNumberOfPages()).isGreaterThan(1);
            assertThat(squeezed(new PDFTextStripper().getText(appendix))).contains(squeezed("Wie kookt op maandag?"));
        }
    }

    @Test
    void theEtagFollowsTheCanvasVersion() {
        String canvas = blendedCanvasWithNotes("Versie");
        given().auth()
                .oauth2(an)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Versie twee"))
                .when()
                .put("/canvases/{id}", canvas)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/picture.svg", canvas)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .header(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"versie-twee.svg\""));
    }

    @Test
    void aMemberOfAnotherLocalGroupGetsNotFoundAndAWrongAppendixValueIsNamed() {
        String canvas = blendedCanvasWithNotes("Alleen Gent");
        String outsider = TestTokens.member("tom", CanvasTestData.localGroup());

        for (String path : List.of("/canvases/{id}/picture.svg", "/canvases/{id}/picture.pdf")) {
            given().auth()
                    .oauth2(outsider)
                    .when()
                    .get(path, canvas)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(an)
                .queryParam("appendix", "ja")
                .when()
                .get("/canvases/{id}/picture.pdf", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", org.hamcrest.Matchers.equalTo(List.of("appendix")));
    }

    private String blendedCanvasWithNotes(String title) {
        String canvas = CanvasTestData.canvas(an, gent, title);
        Map<String, Object> meals = CanvasTestData.noteBody("value-proposition", "Warme maaltijden, lokaal gekookt");
        meals.put("valueTags", List.of("social", "ecological"));
        meals.put("colour", "green");
        given().auth()
                .oauth2(an)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "notes",
                        List.of(
                                meals,
                                CanvasTestData.noteBody("customer-segments", "Buurtrestaurant"),
                                CanvasTestData.noteBody("revenue-streams", "Verkoop van lunches"))))
                .when()
                .post("/canvases/{id}/notes/bulk", canvas)
                .then()
                .statusCode(201);
        return canvas;
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    /** PDF text extraction breaks lines where the sticky wraps them; compare without whitespace. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
