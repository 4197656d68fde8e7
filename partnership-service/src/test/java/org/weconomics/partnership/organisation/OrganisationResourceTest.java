package org.weconomics.partnership.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class OrganisationResourceTest {

    private final String member = TestTokens.member("anna", "gent");

    @Test
    void anAdminRegistersOrganisationsThatMembersFindByNameAndSector() {
        String name = TestData.unique("Wroeter");
        String registration = TestData.unique("BE");
        String id = given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "sector", "social-economy", "registrationNumber", registration))
                .when()
                .post("/organisations")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");

        given().auth()
                .oauth2(member)
                .queryParam("name", name.toUpperCase())
                .queryParam("sector", "social-economy")
                .when()
                .get("/organisations")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", name, "sector", "regular-economy", "registrationNumber", registration))
                .when()
                .put("/organisations/{id}", id)
                .then()
                .statusCode(200)
                .body("sector", equalTo("regular-economy"))
                .header("ETag", "\"1\"");
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Dubbel", "sector", "social-economy", "registrationNumber", registration))
                .when()
                .post("/organisations")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:weconomics:duplicate-registration-number"));
    }

    @Test
    void membersCannotRegisterAndBadInputIsNamed() {
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "sector", "social-economy", "registrationNumber", TestData.unique("BE")))
                .when()
                .post("/organisations")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "X", "sector", "social-economy", "registrationNumber", "1"))
                .when()
                .put("/organisations/{id}", TestData.organisation("social-economy"))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "sector", "third-economy", "registrationNumber", "", "contactEmail", "nope"))
                .when()
                .post("/organisations")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("sector"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "sector", "social-economy", "registrationNumber", "", "contactEmail", "nope"))
                .when()
                .post("/organisations")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("registrationNumber"))
                .body("invalidFields.field", hasItem("contactEmail"));
    }
}
