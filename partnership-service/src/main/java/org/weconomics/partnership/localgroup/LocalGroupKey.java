package org.weconomics.partnership.localgroup;

/** The shape of a local group key: a lower-case slug that is safe in paths, tokens and Keycloak group names. */
final class LocalGroupKey {

    static final String PATTERN = "[a-z0-9][a-z0-9-]{0,62}";
    static final String MESSAGE = "must be a lower-case slug: letters, digits and dashes, at most 63";

    private LocalGroupKey() {}
}
