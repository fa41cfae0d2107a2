package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.local.LocalContext;
import dev.sluice.local.ManualClock;
import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeoutGuardTest {

    @Test
    void firesOnceLessThanTheMarginRemains() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        LocalContext context = new LocalContext("f", 512, 10, new PrintStream(OutputStream.nullOutputStream()), clock);

        assertThat(TimeoutGuard.expiring(context, 2000)).isFalse();
        clock.advance(Duration.ofMillis(8000));
        assertThat(TimeoutGuard.expiring(context, 2000)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(TimeoutGuard.expiring(context, 2000)).isTrue();
    }
}
