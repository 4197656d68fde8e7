package org.weconomics.events;

/**
 * Marker of event payload records. The aggregate id becomes the CloudEvents {@code subject} and the
 * Kafka record key, which keeps every aggregate's events in order on one partition.
 */
public interface EventPayload {

    String aggregateId();
}
