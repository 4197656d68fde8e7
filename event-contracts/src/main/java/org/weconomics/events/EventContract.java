package org.weconomics.events;

import java.util.Objects;

/**
 * One versioned event type: its CloudEvents {@code type}, the contract version carried in the
 * {@code dataschema} attribute, the topic it travels on and the payload record that is its schema.
 *
 * <p>Contracts only change additively: a new optional field keeps the version; anything else is a
 * new version registered beside the old one, so consumers keep reading events already on a topic.
 */
public record EventContract<P extends EventPayload>(String type, int version, String topic, Class<P> payloadType) {

    public EventContract {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The CloudEvents {@code dataschema} URI naming this contract and its version. */
    public String dataSchema() {
        return "urn:weconomics:event:" + type + ":v" + version;
    }

    /** Resource path of the documented example of this contract. */
    public String exampleResource() {
        return "/org/weconomics/events/examples/" + type + ".v" + version + ".json";
    }
}
