package org.weconomics.partnership.localgroup.mirror;

/** Fired when a mirror task is recorded; observed after commit to apply it without waiting for the next tick. */
record MirrorTaskRecorded(long taskId) {}
