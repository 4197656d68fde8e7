package org.weconomics.support.concurrency;

/**
 * A representation of a resource that has a version. Responses carrying one get an {@code ETag} of
 * that version, which clients send back in {@code If-Match} to change or delete the resource.
 */
public interface Versioned {

    long version();
}
