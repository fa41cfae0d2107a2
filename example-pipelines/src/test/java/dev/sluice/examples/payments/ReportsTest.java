package dev.sluice.examples.payments;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportsTest {

    @Test
    void reportsThePreviousUtcDayEvenWhenTheRuleFiresLate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports reports = new Reports(new PrintStream(out, true, StandardCharsets.UTF_8));

        reports.dailyReport(Instant.parse("2026-03-01T06:04:59Z"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"event\":\"daily-report\",\"day\":\"2026-02-28\","
                + "\"from\":\"2026-02-28T00:00:00Z\",\"to\":\"2026-03-01T00:00:00Z\"}\n");
    }
}
