package org.weconomics.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void aTimestampHasMicrosecondsAndUtcWhateverTheClockGives() {
        Clock brussels = Clock.fixed(Instant.parse("2026-03-14T09:26:53.123456789Z"), ZoneId.of("Europe/Brussels"));

        assertThat(Timestamps.now(brussels).toString()).isEqualTo("2026-03-14T09:26:53.123456Z");
        assertThat(Timestamps.now(brussels).getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void nowWithoutAClockIsUtcToTheMicrosecond() {
        assertThat(Timestamps.now().getNano() % 1_000).isZero();
        assertThat(Timestamps.now().getOffset()).isEqualTo(ZoneOffset.UTC);
    }
}
