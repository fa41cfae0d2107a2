package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.Schedule;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The seed's {@code dailyReport}: every day at 06:00 UTC, opens the settlement report of the previous UTC day.
 * Reporting days are whole UTC days, whatever the time the rule actually fires (EventBridge may be late).
 */
public class Reports {

    private final PrintStream out;

    public Reports() {
        this(System.out);
    }

    Reports(PrintStream out) {
        this.out = out;
    }

    @Schedule(value = "cron(0 6 * * ? *)", description = "Opens the settlement report of the previous UTC day")
    @Function(timeoutSeconds = 60, memoryMb = 512)
    public void dailyReport(Instant scheduledTime) {
        LocalDate day = scheduledTime.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        out.println(new StringBuilder(128)
                .append("{\"event\":\"daily-report\",\"day\":\"").append(day)
                .append("\",\"from\":\"").append(from)
                .append("\",\"to\":\"").append(to)
                .append("\"}"));
    }
}
