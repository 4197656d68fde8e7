package org.weconomics.support.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one source of the timestamps the platform stores and answers: now, in UTC, to the microsecond. PostgreSQL keeps
 * microseconds, so a time with nanoseconds would come back from a create with 9 fractional digits and from every
 * later read with 6; cutting it at the source makes both the same.
 *
 * <p>The time comes from the application's {@link Clock} bean (the system's UTC clock unless a module produces
 * another, e.g. a fixed clock in a test), taken when the application starts. Code that has a clock of its own passes
 * it to {@link #now(Clock)}.
 */
@ApplicationScoped
@Startup
public class Timestamps {

    private static volatile Clock clock = Clock.systemUTC();

    Timestamps(Clock applicationClock) {
        clock = applicationClock;
    }

    /** Now, in UTC, to the microsecond. */
    public static OffsetDateTime now() {
        return now(clock);
    }

    /** Now by the given clock, in UTC, to the microsecond. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The application's clock, unless a module produces its own. */
    @Produces
    @DefaultBean
    @ApplicationScoped
    static Clock systemClock() {
        return Clock.systemUTC();
    }
}
