package org.weconomics.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.community.CommunityEvents;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.events.localgroup.LocalGroupEvents;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipHealthEvents;
import org.weconomics.events.workshop.WorkshopEvents;

/** The registry of every event contract of the platform. */
public final class EventContracts {

    private static final List<EventContract<?>> ALL = Stream.of(
                    CanvasEvents.ALL,
                    WorkshopEvents.ALL,
                    PartnershipEvents.ALL,
                    PartnershipHealthEvents.ALL,
                    CommunityEvents.ALL,
                    LocalGroupEvents.ALL,
                    EarningsModelEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventContract<?>> BY_SCHEMA =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventContract::dataSchema, Function.identity()));

    private EventContracts() {}

    public static List<EventContract<?>> all() {
        return ALL;
    }

    /** Finds the contract of a received event by its CloudEvents {@code type} and {@code dataschema}. */
    public static Optional<EventContract<?>> find(String type, String dataSchema) {
        EventContract<?> contract = dataSchema == null ? null : BY_SCHEMA.get(dataSchema);
        return contract != null && contract.type().equals(type) ? Optional.of(contract) : Optional.empty();
    }
}
