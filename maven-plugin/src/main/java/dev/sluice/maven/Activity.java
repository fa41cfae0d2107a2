package dev.sluice.maven;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a local run prints: one line per event → function → outcome, and at the end a summary table per function.
 * Every source (queue pollers, stream pollers, bucket events, schedules, HTTP) reports through here.
 */
final class Activity {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    /** Per function: events handled and events that failed (one count per attempt). */
    private static final class Counts {
        long ok;
        long failed;
    }

    private final PrintStream out;
    private final Map<String, Counts> counts = new TreeMap<>();

    Activity(PrintStream out) {
        this.out = out;
    }

    PrintStream out() {
        return out;
    }

    /** One line: {@code source → function: outcome}. */
    synchronized void line(String source, String function, String outcome) {
        out.println(LocalTime.now().format(CLOCK) + "  " + source + " → " + function + ": " + outcome);
    }

    synchronized void messages(String function, long ok, long failed) {
        Counts c = counts.computeIfAbsent(function, f -> new Counts());
        c.ok += ok;
        c.failed += failed;
    }

    synchronized long ok(String function) {
        Counts c = counts.get(function);
        return c == null ? 0 : c.ok;
    }

    synchronized long failed(String function) {
        Counts c = counts.get(function);
        return c == null ? 0 : c.failed;
    }

    /** The summary: one row per function, then the dead-letter queues and what they hold. */
    synchronized void summary(List<WarmFunction> functions, Map<String, Integer> deadLetters) {
        int width = functions.stream().mapToInt(f -> f.function().name().length()).max().orElse(0);
        String format = "%-" + Math.max(20, width + 1) + "s %-9s %11s %9s %13s %8s %9s%n";
        out.println();
        out.printf(format, "function", "trigger", "invocations", "events ok", "events failed", "errors",
                "timeouts");
        for (WarmFunction function : functions) {
            String name = function.function().name();
            Counts c = counts.getOrDefault(name, new Counts());
            // A request is one event: it failed when the function did (its own 4xx/5xx responses are answers).
            boolean http = function.function().kind().equals("http");
            long ok = http ? function.invocations() - function.errors() - function.timeouts() : c.ok;
            long failed = http ? function.errors() + function.timeouts() : c.failed;
            out.printf(format, name, function.function().kind(), function.invocations(), ok, failed,
                    function.errors(), function.timeouts());
        }
        for (Map.Entry<String, Integer> dlq : deadLetters.entrySet()) {
            out.println("dead-letter queue of " + dlq.getKey() + ": " + dlq.getValue()
                    + (dlq.getValue() == 1 ? " message" : " messages"));
        }
    }
}
