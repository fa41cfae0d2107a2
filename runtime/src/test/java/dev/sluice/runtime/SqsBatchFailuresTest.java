package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqsBatchFailuresTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final SqsBatchFailures failures = new SqsBatchFailures("processOrder",
            new LocalContext("processOrder", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8)));

    @Test
    void reportsOnlyTheFailedMessages() throws Exception {
        List<SqsRecord> messages = load("events/sqs-standard-batch.json");

        failures.failed(messages.get(3), new IllegalStateException("boom"));

        assertThat(response()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"msg-03\"}]}");
    }

    @Test
    void anEmptyResponseListsNothing() throws Exception {
        assertThat(response()).isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void responseIdsAreJsonEscaped() throws Exception {
        SqsRecord odd = new SqsRecord("id \"quoted\"\n", null, "{}", null, null, null, null, null, Map.of(), Map.of());

        failures.failed(odd, new RuntimeException("x"));

        JsonNode item = new ObjectMapper().readTree(response()).get("batchItemFailures").get(0);
        assertThat(item.get("itemIdentifier").asText()).isEqualTo("id \"quoted\"\n");
    }

    /** Failures at ERROR, items left for a retry at WARN: Lambda's log-level filter and JSON format see them. */
    @Test
    void logsThroughTheRuntimeLoggerWithALevel() throws Exception {
        List<String> levels = new java.util.ArrayList<>();
        com.amazonaws.services.lambda.runtime.LambdaLogger logger = new com.amazonaws.services.lambda.runtime.LambdaLogger() {
            @Override
            public void log(String message) {
                levels.add("UNDEFINED");
            }

            @Override
            public void log(byte[] message) {
                levels.add("UNDEFINED");
            }

            @Override
            public void log(String message, com.amazonaws.services.lambda.runtime.logging.LogLevel level) {
                levels.add(level.name() + " " + message.replaceAll(".*\"level\":\"([A-Z]+)\".*\\s*", "$1"));
            }
        };
        com.amazonaws.services.lambda.runtime.Context context = (com.amazonaws.services.lambda.runtime.Context)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {com.amazonaws.services.lambda.runtime.Context.class},
                        (proxy, method, args) -> method.getName().equals("getLogger") ? logger
                                : method.getName().equals("getRemainingTimeInMillis") ? 30_000 : null);
        List<SqsRecord> messages = load("events/sqs-fifo-two-groups.json");
        SqsBatchFailures fifo = new SqsBatchFailures("processOrder", context);

        fifo.failed(messages.get(2), new IllegalStateException("boom"));
        fifo.skipIfGroupFailed(messages.get(4));

        assertThat(levels).containsExactly("ERROR ERROR", "WARN WARN").inOrder();
    }

    @Test
    void logsOneJsonLinePerFailureWithoutTheBody() throws Exception {
        List<SqsRecord> messages = load("events/sqs-standard-batch.json");

        failures.failed(messages.get(3), new IllegalArgumentException("quantity \"x\"\nis\tbad"));

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.get("function").asText()).isEqualTo("processOrder");
        assertThat(line.get("messageId").asText()).isEqualTo("msg-03");
        assertThat(line.get("outcome").asText()).isEqualTo("failed");
        assertThat(line.get("errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(line.get("errorMessage").asText()).isEqualTo("quantity \"x\"\nis\tbad");
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("o-3");
    }

    @Test
    void afterAFifoGroupFailsItsLaterMessagesAreSkippedAndOtherGroupsGoOn() {
        List<SqsRecord> messages = load("events/sqs-fifo-two-groups.json");

        assertThat(failures.skipIfGroupFailed(messages.get(0))).isFalse();
        failures.failed(messages.get(2), new RuntimeException("a2 failed"));

        assertThat(failures.skipIfGroupFailed(messages.get(3))).isFalse(); // group B
        assertThat(failures.skipIfGroupFailed(messages.get(4))).isTrue(); // group A
        assertThat(failures.skipIfGroupFailed(messages.get(6))).isTrue(); // group A
        assertThat(failures.messageIds()).containsExactly("msg-02", "msg-04", "msg-06").inOrder();
    }

    @Test
    void timedOutReportsEveryRemainingMessage() {
        List<SqsRecord> messages = load("events/sqs-standard-batch.json");

        failures.timedOut(messages, 7);

        assertThat(failures.messageIds()).containsExactly("msg-07", "msg-08", "msg-09").inOrder();
        assertThat(lines()).hasSize(3);
    }

    private static List<SqsRecord> load(String fixture) {
        return Fixtures.records(fixture);
    }

    private String response() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        failures.writeResponse(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> lines() {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : log.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    nodes.add(mapper.readTree(line));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return nodes;
    }
}
