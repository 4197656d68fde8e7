package org.weconomics.finance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventPayload;
import org.weconomics.events.partnership.PartnerState;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.events.partnership.PartnershipRoles.PartnerRepresentatives;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicWriter;
import org.weconomics.testing.TopicWriter.CloudEvent;

/**
 * A partnership as the partnership service announces it: created, two partners joined, a value chain of
 * two activities, with {@link #token anna} as its coach and {@link #representativeToken wim} acting for werkplaats.
 * Each call makes a new one, so tests do not share data.
 *
 * <pre>
 * Intake      (werkplaats)  call, analysis
 * Production  (houthandel)  assembly, wood (wood is carried by werkplaats)
 * </pre>
 */
public final class PartnershipFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String localGroup;
    /** Anna coaches the partnership: she may change its model. */
    public final String token;
    /** Wim represents werkplaats: he may change the model too. */
    public final String representativeToken;
    /** Mia is in the local group without a role in the partnership: she reads the model, but may not change it. */
    public final String memberToken;

    public final UUID partnershipId = UUID.randomUUID();
    public final UUID werkplaats = UUID.randomUUID();
    public final UUID houthandel = UUID.randomUUID();
    public final UUID intake = UUID.randomUUID();
    public final UUID production = UUID.randomUUID();
    public final UUID call = UUID.randomUUID();
    public final UUID analysis = UUID.randomUUID();
    public final UUID assembly = UUID.randomUUID();
    public final UUID wood = UUID.randomUUID();
    public UUID modelId;

    private PartnershipFixture(String localGroup) {
        this.localGroup = localGroup;
        this.token = TestTokens.member(coach(), localGroup);
        this.representativeToken = TestTokens.member(representative(), localGroup);
        this.memberToken = TestTokens.member("mia-" + localGroup, localGroup);
    }

    /**
     * Publishes the partnership's events as partnership-service does (its roles before it is created) and waits until
     * its model has both activities.
     */
    public static PartnershipFixture announced(String localGroup) {
        PartnershipFixture fixture = new PartnershipFixture(localGroup);
        fixture.publish(PartnershipEvents.ROLES_CHANGED, fixture.roles());
        fixture.publish(
                PartnershipEvents.CREATED,
                new PartnershipCreated(fixture.partnershipId, localGroup, "De Wroeter & Houthandel", "anna"));
        fixture.publish(
                PartnershipEvents.PARTNER_JOINED, fixture.partner(fixture.werkplaats, "Sociale werkplaats", true));
        fixture.publish(PartnershipEvents.PARTNER_JOINED, fixture.partner(fixture.houthandel, "Houthandel", false));
        fixture.publish(PartnershipEvents.ACTIVITY_ADDED, fixture.intakeActivity(0, "Intake"));
        fixture.publish(
                PartnershipEvents.ACTIVITY_ADDED,
                new ValueChainActivity(
                        fixture.partnershipId,
                        localGroup,
                        fixture.production,
                        "Production",
                        1,
                        List.of(fixture.houthandel),
                        List.of(),
                        List.of(
                                new ValueChainActivity.SubAction(fixture.assembly, "Assembly", null),
                                new ValueChainActivity.SubAction(fixture.wood, "Wood", fixture.werkplaats))));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response found = given().auth()
                    .oauth2(fixture.token)
                    .queryParam("partnershipId", fixture.partnershipId)
                    .get("/earnings-models");
            if (found.statusCode() != 200 || found.<Integer>path("totalItems") != 1) {
                return false;
            }
            fixture.modelId = UUID.fromString(found.path("items[0].id"));
            return fixture.get("/cost-structure").path("valueChain.size()").equals(2);
        });
        return fixture;
    }

    public String coach() {
        return "anna-" + localGroup;
    }

    public String representative() {
        return "wim-" + localGroup;
    }

    /** The roles as partnership-service publishes them after the partners joined. */
    public PartnershipRoles roles() {
        return new PartnershipRoles(
                partnershipId,
                localGroup,
                List.of(coach()),
                List.of(
                        new PartnerRepresentatives(werkplaats, List.of(representative())),
                        new PartnerRepresentatives(houthandel, List.of())));
    }

    public ValueChainActivity intakeActivity(int position, String name) {
        return new ValueChainActivity(
                partnershipId,
                localGroup,
                intake,
                name,
                position,
                List.of(werkplaats),
                List.of(),
                List.of(
                        new ValueChainActivity.SubAction(call, "Intake call", null),
                        new ValueChainActivity.SubAction(analysis, "Needs analysis", null)));
    }

    public PartnerState partner(UUID partnerId, String name, boolean founding) {
        return new PartnerState(
                partnershipId, localGroup, partnerId, UUID.randomUUID(), name, "social-economy", "role", founding);
    }

    public <P extends EventPayload> void publish(EventContract<P> contract, P payload) {
        try {
            TopicWriter.publish(new CloudEvent(
                    contract.topic(),
                    partnershipId.toString(),
                    UUID.randomUUID().toString(),
                    contract.type(),
                    contract.dataSchema(),
                    JSON.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET on a part of the model, e.g. {@code /cost-structure}. */
    public Response get(String part) {
        return given().auth().oauth2(token).get("/earnings-models/" + modelId + part);
    }

    /** The model's current ETag. */
    public String etag() {
        return get("").header("ETag");
    }

    /** PUT of a JSON body on a part of the model, with the current ETag. */
    public Response put(String part, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("If-Match", etag())
                .body(body)
                .put("/earnings-models/" + modelId + part);
    }

    /** Enters the figures of the worked example: call 45×1, analysis 30×2, assembly 12.50×4, wood 8.75×4. */
    public void enterCosts() {
        costs(call, "45.00", "1");
        costs(analysis, "30.00", "2");
        costs(assembly, "12.50", "4");
        costs(wood, "8.75", "4");
    }

    public Response costs(UUID subAction, String costPerUnit, String quantity) {
        return put(
                "/cost-structure/sub-actions/" + subAction,
                "{\"costPerUnit\": " + costPerUnit + ", \"quantityPerCustomer\": " + quantity + "}");
    }
}
