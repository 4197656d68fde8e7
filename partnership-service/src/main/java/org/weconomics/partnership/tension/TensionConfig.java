package org.weconomics.partnership.tension;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.ZoneId;

/** Settings of the tension register. */
@ConfigMapping(prefix = "weconomics.tensions")
public interface TensionConfig {

    /** The time zone whose calendar decides when a review date has come. */
    @WithDefault("Europe/Brussels")
    ZoneId zone();

    ReviewCheck reviewCheck();

    default LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The check that publishes tension-review-due events. */
    interface ReviewCheck {

        /** How often it runs, as a duration such as {@code 1h} or {@code 15m}. */
        @WithDefault("1h")
        String every();
    }
}
