package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** EventBridge expressions, fired in UTC. */
class SchedulesTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-30T07:10:30Z");

    @Test
    void rates() {
        assertThat(Schedules.rate("rate(5 minutes)")).hasValue(Duration.ofMinutes(5));
        assertThat(Schedules.rate("rate(1 hour)")).hasValue(Duration.ofHours(1));
        assertThat(Schedules.rate("rate(2 days)")).hasValue(Duration.ofDays(2));
        assertThat(Schedules.rate("cron(0 6 * * ? *)")).isEmpty();
    }

    @Test
    void cronsFireWhenEventBridgeWould() {
        assertThat(Schedules.next("cron(0 6 * * ? *)", NOW)).isEqualTo(ZonedDateTime.parse("2026-12-01T06:00Z"));
        assertThat(Schedules.next("cron(0/15 * * * ? *)", NOW)).isEqualTo(ZonedDateTime.parse("2026-11-30T07:15Z"));
        // 2026-12-05 is a Saturday: weekdays only means Monday the 7th.
        assertThat(Schedules.next("cron(0 8 ? * MON-FRI *)", ZonedDateTime.parse("2026-12-04T09:00Z")))
                .isEqualTo(ZonedDateTime.parse("2026-12-07T08:00Z"));
        assertThat(Schedules.next("cron(0 12 L * ? *)", NOW)).isEqualTo(ZonedDateTime.parse("2026-11-30T12:00Z"));
    }
}
