package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda's stream polling against a real function JVM: a reported failure checkpoints and the batch is retried from
 * the failed record; the event filter drops what it does not match; a function error bisects the batch; retries
 * end at {@code maximumRetryAttempts} and the discarded batch is described to the on-failure queue.
 */
class StreamPollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Activity activity = new Activity(new PrintStream(log, true, StandardCharsets.UTF_8));
    private final TableStream stream = new TableStream("items", "arn:aws:dynamodb:us-east-1:000000000000:table/"
            + "test-local-items/stream/2026-11-30T000000", "NEW_AND_OLD_IMAGES");

    @Test
    void aFailedRecordIsRetriedFromItselfAndFilteredRecordsNeverArrive() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline(recording, "{\"kind\":\"stream\",\"table\":\"items\",\"batchSize\":10,"
                + "\"startingPosition\":\"TRIM_HORIZON\",\"events\":[\"INSERT\"],\"bisectOnError\":false}", "[]");
        try (WarmFunction function = QueuePollerTest.warm(pipeline)) {
            append("INSERT", "r0");
            append("INSERT", "r1");
            append("MODIFY", "not-an-insert");
            append("INSERT", "once-r2");
            append("INSERT", "r3");
            StreamPoller poller = start(function, null, pipeline);
            QueuePollerTest.await(() -> !poller.busy() && !function.busy());
            poller.stop();

            assertThat(Files.readAllLines(recording)).containsExactly(
                    "r0,r1,once-r2,r3 ok r0,r1",
                    "once-r2,r3 ok once-r2,r3").inOrder();
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("4 records 000100000000000000000…"
                + "000100000000000000004 → failed at 000100000000000000003 (2 records 000100000000000000000…"
                + "000100000000000000001 done: checkpoint); retry 1");
    }

    @Test
    void aFunctionErrorBisectsAndAnExhaustedRecordIsDescribedToTheFailureQueue() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline(recording, "{\"kind\":\"stream\",\"table\":\"items\",\"batchSize\":10,"
                + "\"startingPosition\":\"TRIM_HORIZON\",\"events\":[],\"bisectOnError\":true,"
                + "\"maximumRetryAttempts\":1,\"onFailure\":\"failures\"}",
                "[{\"name\":\"failures\",\"localName\":\"test-local-failures\",\"fifo\":false,"
                        + "\"visibilityTimeoutSeconds\":30,\"maxReceiveCount\":null,\"deadLetterQueue\":null}]");
        try (LocalSqs sqs = new LocalSqs(pipeline);
                WarmFunction function = QueuePollerTest.warm(pipeline)) {
            for (String value : List.of("a", "b", "boom", "c")) {
                append("INSERT", value);
            }
            StreamPoller poller = start(function, sqs, pipeline);
            QueuePollerTest.await(() -> !poller.busy() && !function.busy());
            poller.stop();

            assertThat(Files.readAllLines(recording)).containsExactly(
                    "a,b,boom,c ok ", "a,b ok a,b", "boom,c ok ", "boom ok ", "boom ok ", "c ok c").inOrder();
            JsonNode failure = JSON.readTree(sqs.client().receiveMessage(request -> request
                    .queueUrl(sqs.url("failures"))).messages().get(0).body());
            assertThat(failure.path("requestContext").path("condition").asText()).isEqualTo("RetryAttemptsExhausted");
            assertThat(failure.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(2);
            assertThat(failure.path("DDBStreamBatchInfo").path("startSequenceNumber").asText())
                    .isEqualTo("000100000000000000002");
            assertThat(failure.path("DDBStreamBatchInfo").path("batchSize").asInt()).isEqualTo(1);
            assertThat(failure.path("DDBStreamBatchInfo").path("streamArn").asText()).isEqualTo(stream.arn());
        }
    }

    private void append(String eventName, String value) throws Exception {
        JsonNode keys = JSON.readTree("{\"id\":{\"S\":\"" + value + "\"}}");
        JsonNode image = JSON.readTree("{\"id\":{\"S\":\"" + value + "\"},\"v\":{\"S\":\"" + value + "\"}}");
        stream.append(eventName, keys, eventName.equals("INSERT") ? null : image, image, "us-east-1");
    }

    private StreamPoller start(WarmFunction function, LocalSqs sqs, LocalPipeline pipeline) {
        StreamPoller poller = new StreamPoller(function, stream, activity, new Destinations(pipeline, sqs, activity));
        Thread thread = new Thread(poller);
        thread.setDaemon(true);
        thread.start();
        return poller;
    }

    /** The recording function on the stream, as a FIFO-style handler (stops at its first failure). */
    private static LocalPipeline pipeline(Path recording, String trigger, String queues) throws Exception {
        LocalPipeline.Function function = new LocalPipeline.Function("auditor",
                "dev.sluice.maven.fixtures.RecordingHandler::handleRequest", 256, 10, "test",
                Map.of("RECORDING", recording.toString(), "FIFO", "true"), List.of(), JSON.readTree(trigger));
        return new LocalPipeline("test", "local", "us-east-1", "", List.of(function), JSON.readTree(queues),
                JSON.readTree("[]"), JSON.readTree("[]"));
    }
}
