package org.weconomics.support.events.outbox;

/** Fired when an event enters the outbox; observed after commit to relay it without waiting for the next tick. */
record OutboxEventRecorded(long sequence) {}
