package org.weconomics.support.events.inbox;

import java.time.ZonedDateTime;

/**
 * The CloudEvents attributes of an event a consumer received.
 *
 * @param id the event id, unique per source; the key of de-duplication
 * @param type the event type
 * @param dataSchema the contract and version of the payload
 * @param source who published it
 * @param subject the aggregate it is about
 * @param time when the change happened
 */
public record ReceivedEvent(
        String id, String type, String dataSchema, String source, String subject, ZonedDateTime time) {}
