package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsBatchFailuresTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final SqsBatchFailures failures = new SqsBatchFailures("processOrder",
            new LocalContext("processOrder", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8)));

    @Test
    void reportsOnlyTheFailedMessages() {
        List<SQSEvent.SQSMessage> messages = load("events/sqs-standard-batch.json");

        failures.failed(messages.get(3), new IllegalStateException("boom"));

        SQSBatchResponse response = failures.response();
        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(response.getBatchItemFailures().get(0).getItemIdentifier()).isEqualTo("msg-03");
    }

    @Test
    void logsOneJsonLinePerFailureWithoutTheBody() throws Exception {
        List<SQSEvent.SQSMessage> messages = load("events/sqs-standard-batch.json");

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
        List<SQSEvent.SQSMessage> messages = load("events/sqs-fifo-two-groups.json");

        assertThat(failures.skipIfGroupFailed(messages.get(0))).isFalse();
        failures.failed(messages.get(2), new RuntimeException("a2 failed"));

        assertThat(failures.skipIfGroupFailed(messages.get(3))).isFalse(); // group B
        assertThat(failures.skipIfGroupFailed(messages.get(4))).isTrue(); // group A
        assertThat(failures.skipIfGroupFailed(messages.get(6))).isTrue(); // group A
        assertThat(failures.messageIds()).containsExactly("msg-02", "msg-04", "msg-06").inOrder();
    }

    @Test
    void timedOutReportsEveryRemainingMessage() {
        List<SQSEvent.SQSMessage> messages = load("events/sqs-standard-batch.json");

        failures.timedOut(messages, 7);

        assertThat(failures.messageIds()).containsExactly("msg-07", "msg-08", "msg-09").inOrder();
        assertThat(lines()).hasSize(3);
    }

    @Test
    void anEventWithoutRecordsHasNoMessages() {
        assertThat(SqsBatchFailures.messages(new SQSEvent())).isEmpty();
        assertThat(SqsBatchFailures.messages(null)).isEmpty();
    }

    private static List<SQSEvent.SQSMessage> load(String fixture) {
        return EventLoader.loadSQSEvent(fixture).getRecords();
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
