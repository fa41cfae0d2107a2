package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example service under {@code sluice:run}, started through Maven as a user starts it, on the real local
 * servers (ElasticMQ, S3Proxy, dynalite). Until idle: the seeded CSV — its key with spaces, {@code +} and a euro sign —
 * reaches processUpload decoded, its payments flow through payment-queue to processPayment, the users table and its
 * stream to auditLog; each settlement is announced on an SNS topic, whose body filter policy lets only the large one
 * through to reviewLargeSettlement; every good payment is settled exactly once and the poison one reaches the
 * dead-letter queue after exactly maxReceiveCount receives; the schedule fires. Until stopped: the REST API writes
 * the table whose stream reaches auditLog, and stopping Maven leaves no process or port behind.
 */
class ExampleRunIT {

    private static final Path EXAMPLE = ServerlessFramework.ROOT.resolve("example-pipelines");
    private static final String RUN = "dev.sluice:sluice-maven-plugin:" + System.getProperty("sluice.version") + ":run";
    private static final String KEY = "uploads/march 2026+refunds €.csv";

    @Test
    void theExampleRunsEndToEndUntilIdle() throws Exception {
        Process maven = new ProcessBuilder(Maven.command("-B", "-ntp", "-q", "-f", EXAMPLE.resolve("pom.xml").toString(),
                RUN, "-Dsluice.until=idle", "-Dsluice.retryAfter=1", "-Dsluice.port=0",
                "-Dsluice.idleTimeout=240")).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = collect(maven, lines);
        assertWithMessage("sluice:run did not stop").that(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
        reader.join(5000);
        String output = String.join("\n", lines);
        assertWithMessage("sluice:run failed:\n%s", output).that(maven.exitValue()).isEqualTo(0);
        assertThat(output).contains("sluice:run: idle — nothing in flight. Stopping.");

        // The key reached the handler decoded: the report is named from it, and says where it came from.
        Path report = EXAMPLE.resolve("target/sluice-local/s3/payments-my-uploads-bucket-local/reports/"
                + "march 2026+refunds €.json");
        assertWithMessage("%s", output).that(Files.exists(report)).isTrue();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("{\"source\":\"" + KEY + "\",\"accepted\":5,"
                + "\"rejected\":1,");
        assertThat(count(lines, l -> l.contains("processUpload: ObjectCreated:Put " + KEY + " → ok"))).isEqualTo(1);

        // Every good payment settled exactly once; the poison one never, the one the preview rejected never queued.
        for (String payment : List.of("p-1001", "p-1002", "p-1003", "p-1005")) {
            assertWithMessage("%s settled\n%s", payment, output).that(count(lines,
                    l -> l.contains("\"event\":\"settled\",\"paymentId\":\"" + payment + "\""))).isEqualTo(1);
        }
        assertThat(output).doesNotContain("\"paymentId\":\"p-1004\",\"customerId\"");
        assertThat(output).doesNotContain("p-1006");
        // The poison payment: received exactly maxReceiveCount (5) times, then in the dead-letter queue.
        assertThat(count(lines, l -> l.contains("payment p-1004 rejected: amount has more than 0 decimals")))
                .isEqualTo(5);
        for (int receive = 1; receive <= 5; receive++) {
            String expected = "(receive " + receive + " of 5, " + (receive < 5 ? "retried)" : "next: dead-letter queue)");
            assertWithMessage("%s\n%s", expected, output).that(count(lines, l -> l.contains(expected))).isEqualTo(1);
        }
        assertThat(output).contains("dead-letter queue of payment-queue: 1 message");

        // The users table's stream, in order per customer: an insert, then a modify of lastPayment.
        List<String> audit = lines.stream().filter(l -> l.startsWith("[auditLog] {")).toList();
        assertWithMessage("%s", output).that(audit).hasSize(4);
        for (String customer : List.of("c-1", "c-2")) {
            List<String> events = audit.stream().filter(l -> l.contains("\"userId\":\"" + customer + "\""))
                    .map(l -> l.replaceAll(".*\"event\":\"([a-z-]+)\".*\"fields\":\\[([^]]*)].*", "$1 $2")).toList();
            assertThat(events).containsExactly("user-insert \"lastPayment\"", "user-modify \"lastPayment\"").inOrder();
        }

        // Each settlement is announced on payment-settled; only p-1005 (net 116.27) passes the body filter policy.
        assertThat(count(lines, l -> l.contains("[reviewLargeSettlement] {\"event\":\"large-settlement\","
                + "\"paymentId\":\"p-1005\",\"currency\":\"EUR\",\"net\":\"116.27\"}"))).isEqualTo(1);
        assertThat(count(lines, l -> l.contains("reviewLargeSettlement: message ")
                && l.endsWith("filtered out by the subscription's filter policy"))).isEqualTo(3);
        assertThat(row(lines, "reviewLargeSettlement")).isEqualTo(List.of("sns", "1", "1", "0", "0", "0"));
        // The archive queue subscribes to the topic: every settlement, raw, archived exactly once.
        for (String id : List.of("p-1001", "p-1002", "p-1003", "p-1005")) {
            assertThat(count(lines, l -> l.contains("[archiveSettlement] {\"event\":\"archived\",\"paymentId\":\""
                    + id + "\""))).isEqualTo(1);
        }
        assertThat(row(lines, "archiveSettlement").subList(2, 6)).containsExactly("4", "0", "0", "0").inOrder();
        // The review goes on as an EventBridge event, flagForRisk's rule matches it and puts a risk signal on the
        // Kinesis stream, which scoreRisk reads.
        assertThat(row(lines, "flagForRisk")).isEqualTo(List.of("event", "1", "1", "0", "0", "0"));
        assertThat(count(lines, l -> l.contains("[scoreRisk] {\"event\":\"risk-signal\",\"customerId\":\"c-2\","
                + "\"paymentId\":\"p-1005\",\"reason\":\"large-settlement\"}"))).isEqualTo(1);
        assertThat(row(lines, "scoreRisk")).isEqualTo(List.of("kinesis", "1", "1", "0", "0", "0"));

        // The schedule fired once; the summary counts what happened.
        assertThat(count(lines, l -> l.contains("[dailyReport] {\"event\":\"daily-report\""))).isEqualTo(1);
        // processPayment: 4 settled, 5 failed receives; its invocations depend on how SQS batched the messages.
        assertThat(row(lines, "processPayment").subList(2, 6)).containsExactly("4", "5", "0", "0").inOrder();
        assertThat(row(lines, "processUpload")).isEqualTo(List.of("s3", "1", "1", "0", "0", "0"));
        assertThat(row(lines, "auditLog").subList(2, 6)).containsExactly("4", "0", "0", "0").inOrder();
        assertThat(row(lines, "dailyReport")).isEqualTo(List.of("schedule", "1", "1", "0", "0", "0"));
    }

    @Test
    void theRestApiWritesTheTableItsStreamFeedsAndStoppingLeavesNothingRunning() throws Exception {
        Process maven = new ProcessBuilder(Maven.command("-B", "-ntp", "-q", "-f", EXAMPLE.resolve("pom.xml").toString(),
                RUN, "-Dsluice.port=0")).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = collect(maven, lines);
        try {
            await(lines, l -> l.startsWith("Type 'fire <function>'"), maven);
            String rest = lines.stream().map(l -> Pattern.compile("^ {2}REST: (http://127\\.0\\.0\\.1:\\d+)$").matcher(l))
                    .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElseThrow();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(rest + "/users"))
                    .header("Content-Type", "application/json").header("Origin", "https://app.example.com")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"name\":\"Ada\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertWithMessage("%s\n%s", created.body(), String.join("\n", lines)).that(created.statusCode())
                    .isEqualTo(201);
            JsonNode user = new ObjectMapper().readTree(created.body());
            String id = user.path("userId").asText();
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(rest + "/users/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(read.body()).path("email").asText()).isEqualTo("ada@example.com");
            await(lines, l -> l.contains("[auditLog] {\"event\":\"user-insert\",\"userId\":\"" + id + "\""), maven);

            List<ProcessHandle> started = maven.descendants().toList();
            assertThat(started.size()).isAtLeast(4); // the run's JVM, dynalite, createUser, getUser, auditLog
            maven.destroy(); // SIGTERM to Maven alone: its shutdown hook must stop the rest
            assertThat(maven.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 20_000;
            while (started.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertWithMessage("still running: %s", started.stream().filter(ProcessHandle::isAlive)
                    .map(p -> p.info().commandLine().orElse(String.valueOf(p.pid()))).toList())
                    .that(started.stream().noneMatch(ProcessHandle::isAlive)).isTrue();
            try {
                http.send(HttpRequest.newBuilder(URI.create(rest + "/users/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                throw new AssertionError(rest + " still answers after the run stopped");
            } catch (ConnectException expected) {
                // The port is closed.
            }
        } finally {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
            reader.join(5000);
        }
    }

    private static Thread collect(Process process, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static void await(List<String> lines, Predicate<String> wanted, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (lines.stream().noneMatch(wanted)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("never printed what was awaited:\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
        }
    }

    private static long count(List<String> lines, Predicate<String> wanted) {
        return lines.stream().filter(wanted).count();
    }

    /** A function's row of the summary table, after its name. */
    private static List<String> row(List<String> lines, String function) {
        return lines.stream().filter(l -> l.startsWith(function + " ")).map(l -> List.of(l.trim().split("\\s+")))
                .filter(cells -> cells.size() == 7).map(cells -> cells.subList(1, 7)).findFirst()
                .orElseThrow(() -> new AssertionError("no summary row for " + function + ":\n" + String.join("\n", lines)));
    }
}
