package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sets up the workshops a test needs through the API. */
public final class WorkshopTestData {

    private WorkshopTestData() {}

    public static Map<String, Object> workshopBody(String localGroup, String format) {
        Map<String, Object> body = new HashMap<>();
        body.put("localGroup", localGroup);
        body.put("title", "CMC voor de zorgcoöperatie");
        body.put("date", "2027-03-18");
        body.put("startTime", "09:00");
        body.put("endTime", "17:00");
        body.put("place", "Wijkcentrum De Vonk, Gent");
        body.put("language", "nl");
        body.put("variant", "trainer-case");
        body.put("caseText", "Vijf thuiszorgorganisaties willen hun planning delen.");
        body.put("format", format);
        return body;
    }

    /** Sets up a workshop and returns its id. */
    public static String workshop(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String tag(String token, String workshop) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", workshop)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Sends a change of a workshop with the ETag it has now. */
    public static ValidatableResponse change(String token, String method, String path, Object body, String workshop) {
        var request = given().auth().oauth2(token).header("If-Match", tag(token, workshop));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    public static Map<String, Object> moveTo(int step) {
        return Map.of("step", step);
    }

    public static List<Map<String, Object>> guests(int count) {
        return java.util.stream.IntStream.range(0, count)
                .<Map<String, Object>>mapToObj(i -> Map.of("name", "Gast " + i, "attendance", "invited"))
                .toList();
    }
}
