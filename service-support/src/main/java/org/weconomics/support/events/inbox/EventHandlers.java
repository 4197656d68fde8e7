package org.weconomics.support.events.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventPayload;

/**
 * What a consumer does with each contract it subscribes to. Contracts known to the platform but not
 * listed here are skipped; types no contract describes are dead-lettered.
 */
public final class EventHandlers {

    private final Map<EventContract<?>, EventHandler<?>> handlers;

    private EventHandlers(Map<EventContract<?>, EventHandler<?>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    @SuppressWarnings("unchecked")
    <P extends EventPayload> Optional<EventHandler<P>> handlerOf(EventContract<P> contract) {
        return Optional.ofNullable((EventHandler<P>) handlers.get(contract));
    }

    /** Collects the handler of each contract. */
    public static final class Builder {

        private final Map<EventContract<?>, EventHandler<?>> handlers = new LinkedHashMap<>();

        public <P extends EventPayload> Builder on(EventContract<P> contract, EventHandler<P> handler) {
            if (handlers.putIfAbsent(contract, handler) != null) {
                throw new IllegalStateException("Two handlers for " + contract.dataSchema());
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers);
        }
    }
}
