package org.weconomics.partnership.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class PeopleResourceTest {

    @Test
    void aMemberFindsTheMembersOfTheirOwnLocalGroupsByNameAndNoOneElse() {
        String first = TestData.localGroup();
        String second = TestData.localGroup();
        String ann = TestData.unique("ann");
        String bob = TestData.unique("bob");
        String outsider = TestData.unique("zed");
        addMember(first, "id-" + ann, ann);
        addMember(second, "id-" + ann, ann);
        addMember(second, "id-" + bob, bob);
        addMember(TestData.localGroup(), "id-" + outsider, outsider);

        String memberOfFirst = TestTokens.member("id-" + ann, first);
        given().auth()
                .oauth2(memberOfFirst)
                .when()
                .get("/people")
                .then()
                .statusCode(200)
                .body("items.username", contains(ann))
                .body("items[0].id", equalTo("id-" + ann))
                .body("items[0].displayName", equalTo(ann))
                .body("items[0].localGroups", contains(first))
                .body("totalItems", equalTo(1));

        String memberOfBoth = TestTokens.member("someone", first, second);
        given().auth()
                .oauth2(memberOfBoth)
                .when()
                .get("/people")
                .then()
                .statusCode(200)
                .body("items.username", contains(ann, bob))
                .body(
                        "items[0].localGroups",
                        contains(Stream.of(first, second).sorted().toArray()))
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(memberOfBoth)
                .queryParam("q", bob.toUpperCase())
                .when()
                .get("/people")
                .then()
                .statusCode(200)
                .body("items.username", contains(bob));
        given().auth()
                .oauth2(memberOfBoth)
                .when()
                .get("/people/{id}", "id-" + bob)
                .then()
                .statusCode(200)
                .body("username", equalTo(bob));

        given().auth()
                .oauth2(memberOfFirst)
                .when()
                .get("/people/{id}", "id-" + bob)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(memberOfFirst)
                .when()
                .get("/people/{id}", "id-" + outsider)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(memberOfFirst)
                .queryParam("localGroup", second)
                .when()
                .get("/people")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestData.ADMIN)
                .queryParam("localGroup", second)
                .when()
                .get("/people")
                .then()
                .statusCode(200)
                .body("items.username", contains(ann, bob));
    }

    @Test
    void aPartnershipShowsTheNameOfWhoCreatedItWhenTheDirectoryKnowsThem() {
        String group = TestData.localGroup();
        String ann = TestData.unique("ann");
        addMember(group, "id-" + ann, ann);
        String member = TestTokens.member("id-" + ann, group);
        String stranger = TestTokens.member("not-registered", group);

        String known = TestData.partnership(member, group);
        String unknown = TestData.partnership(stranger, group);

        given().auth()
                .oauth2(member)
                .when()
                .get("/partnerships/{id}", known)
                .then()
                .statusCode(200)
                .body("createdBy", equalTo("id-" + ann))
                .body("createdByName", equalTo(ann));
        given().auth()
                .oauth2(member)
                .when()
                .get("/partnerships/{id}", unknown)
                .then()
                .statusCode(200)
                .body("createdBy", equalTo("not-registered"))
                .body("createdByName", nullValue());
    }

    private static void addMember(String localGroup, String userId, String username) {
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", userId, "username", username))
                .when()
                .post("/local-groups/{key}/members", localGroup)
                .then()
                .statusCode(201);
    }
}
