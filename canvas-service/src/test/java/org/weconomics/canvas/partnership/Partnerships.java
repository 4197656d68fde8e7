package org.weconomics.canvas.partnership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventPayload;
import org.weconomics.events.partnership.PartnerLeft;
import org.weconomics.events.partnership.PartnerState;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.testing.TopicWriter;

/** Sets partnerships up the way production does: partnership-service's events on the real broker. */
public final class Partnerships {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Partnerships() {}

    /** Publishes a partnership's creation and waits until canvas-service knows it. */
    public static UUID created(String localGroup, String name) {
        UUID partnershipId = UUID.randomUUID();
        publish(PartnershipEvents.CREATED, new PartnershipCreated(partnershipId, localGroup, name, "lotte"));
        await(() -> known().isKnown(partnershipId, localGroup));
        return partnershipId;
    }

    /** Publishes that a new partner joined, with the roles-changed partnership-service sends after it, and waits. */
    public static UUID partnerJoined(UUID partnershipId, String localGroup, List<UUID> partnersBefore) {
        UUID partnerId = UUID.randomUUID();
        publish(
                PartnershipEvents.PARTNER_JOINED,
                new PartnerState(
                        partnershipId,
                        localGroup,
                        partnerId,
                        UUID.randomUUID(),
                        "De Wroeter",
                        "social-economy",
                        "kitchen",
                        true));
        List<UUID> partners = new java.util.ArrayList<>(partnersBefore);
        partners.add(partnerId);
        publish(
                PartnershipEvents.ROLES_CHANGED,
                new PartnershipRoles(
                        partnershipId,
                        localGroup,
                        List.of("lotte"),
                        partners.stream()
                                .map(id -> new PartnershipRoles.PartnerRepresentatives(id, List.of()))
                                .toList()));
        await(() -> known().isCurrentPartner(partnershipId, partnerId));
        return partnerId;
    }

    /** Publishes that the partner left and waits until canvas-service no longer counts it. */
    public static void partnerLeft(UUID partnershipId, String localGroup, UUID partnerId) {
        publish(
                PartnershipEvents.PARTNER_LEFT,
                new PartnerLeft(partnershipId, localGroup, partnerId, UUID.randomUUID()));
        await(() -> !known().isCurrentPartner(partnershipId, partnerId));
    }

    private static KnownPartnerships known() {
        return Arc.container().instance(KnownPartnerships.class).get();
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(condition::getAsBoolean));
    }

    private static <P extends EventPayload> void publish(EventContract<P> contract, P payload) {
        try {
            TopicWriter.publish(new TopicWriter.CloudEvent(
                    contract.topic(),
                    payload.aggregateId(),
                    UUID.randomUUID().toString(),
                    contract.type(),
                    contract.dataSchema(),
                    JSON.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
