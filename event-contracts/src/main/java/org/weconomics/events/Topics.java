package org.weconomics.events;

/**
 * Kafka topics of the platform: one per aggregate. Code and tests refer to these constants only.
 */
public final class Topics {

    public static final String CANVAS = "weconomics.canvas";
    public static final String WORKSHOP = "weconomics.workshop";
    public static final String PARTNERSHIP = "weconomics.partnership";
    public static final String COMMUNITY = "weconomics.community";
    public static final String LOCAL_GROUP = "weconomics.local-group";
    public static final String EARNINGS_MODEL = "weconomics.earnings-model";

    private Topics() {}

    /** Where a service parks events it could not process, with the reason in the record headers. */
    public static String deadLetterOf(String serviceName) {
        return serviceName + ".dead-letter";
    }
}
