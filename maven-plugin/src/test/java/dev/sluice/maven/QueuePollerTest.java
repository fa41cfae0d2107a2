package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda's SQS polling against a real SQS API (ElasticMQ) and a real function JVM: partial batch responses, the
 * dead-letter queue after exactly {@code maxReceiveCount} receives, FIFO group order across a failure, and
 * duplicate deliveries on request.
 */
class QueuePollerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Activity activity = new Activity(new PrintStream(log, true, StandardCharsets.UTF_8));

    @Test
    void aPoisonMessageReachesTheDeadLetterQueueAfterExactlyMaxReceiveCountReceives() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline("work", false, 3, recording, false);
        try (LocalSqs sqs = new LocalSqs(pipeline);
                WarmFunction function = warm(pipeline)) {
            for (String body : List.of("a", "b", "poison", "c")) {
                sqs.client().sendMessage(request -> request.queueUrl(sqs.url("work")).messageBody(body));
            }
            QueuePoller poller = start(function, sqs, 0);
            await(() -> sqs.depth(sqs.url("work")) == 0 && !poller.busy() && !function.busy());
            poller.stop();

            List<String> calls = Files.readAllLines(recording);
            assertThat(succeeded(calls)).containsExactly("a", "b", "c");
            assertThat(calls.stream().filter(line -> line.contains("poison")).count()).isEqualTo(3);
            String dlq = sqs.deadLetterUrl("work");
            assertThat(sqs.client().receiveMessage(request -> request.queueUrl(dlq).maxNumberOfMessages(10))
                    .messages().stream().map(m -> m.body()).toList()).containsExactly("poison");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("(receive 3 of 3, next: dead-letter queue)");
    }

    @Test
    void aFifoGroupKeepsItsOrderAcrossAFailure() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline("work.fifo", true, 5, recording, true);
        try (LocalSqs sqs = new LocalSqs(pipeline);
                WarmFunction function = warm(pipeline)) {
            List<String> bodies = List.of("m1", "once-m2", "m3", "m4");
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                String id = "d" + i;
                sqs.client().sendMessage(request -> request.queueUrl(sqs.url("work.fifo")).messageBody(body)
                        .messageGroupId("g").messageDeduplicationId(id));
            }
            QueuePoller poller = start(function, sqs, 0);
            await(() -> sqs.depth(sqs.url("work.fifo")) == 0 && !poller.busy() && !function.busy());
            poller.stop();

            List<String> calls = Files.readAllLines(recording);
            assertThat(calls.size()).isAtLeast(2);
            assertThat(succeeded(calls)).containsExactly("m1", "once-m2", "m3", "m4").inOrder();
        }
    }

    @Test
    void fivePollersOnAOneSecondVisibilityTimeoutHandleEachMessageOnce() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline("work", false, 5, recording, false);
        try (LocalSqs sqs = new LocalSqs(pipeline);
                WarmFunction function = warm(pipeline)) {
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Every fiftieth takes 1.5 s: longer than the visibility timeout other pollers' batches would wait.
                bodies.add((i % 50 == 0 ? "slow-" : "m") + i);
            }
            for (int from = 0; from < bodies.size(); from += 10) {
                List<software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry> entries =
                        new ArrayList<>();
                for (String body : bodies.subList(from, from + 10)) {
                    entries.add(software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder()
                            .id(body).messageBody(body).build());
                }
                sqs.client().sendMessageBatch(request -> request.queueUrl(sqs.url("work")).entries(entries));
            }
            QueuePoller poller = start(function, sqs, 0, QueuePoller.POLLERS);
            await(() -> sqs.depth(sqs.url("work")) == 0 && !poller.busy() && !function.busy());
            poller.stop();

            // No batch waited for the function long enough to come back: every message handled exactly once.
            List<String> succeeded = succeeded(Files.readAllLines(recording));
            assertThat(succeeded).hasSize(300);
            assertThat(succeeded).containsExactlyElementsIn(bodies);
        }
    }

    @Test
    void duplicatesOnRequestDeliverAHandledMessageASecondTime() throws Exception {
        Path recording = work.resolve("calls.txt");
        LocalPipeline pipeline = pipeline("work", false, 5, recording, false);
        try (LocalSqs sqs = new LocalSqs(pipeline);
                WarmFunction function = warm(pipeline)) {
            for (String body : List.of("x", "y")) {
                sqs.client().sendMessage(request -> request.queueUrl(sqs.url("work")).messageBody(body));
            }
            QueuePoller poller = start(function, sqs, 1.0);
            await(() -> sqs.depth(sqs.url("work")) == 0 && !poller.busy() && !function.busy());
            poller.stop();

            List<String> succeeded = succeeded(Files.readAllLines(recording));
            assertThat(Collections.frequency(succeeded, "x")).isEqualTo(2);
            assertThat(Collections.frequency(succeeded, "y")).isEqualTo(2);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("delivered again on purpose");
    }

    private QueuePoller start(WarmFunction function, LocalSqs sqs, double duplicates) {
        return start(function, sqs, duplicates, 1);
    }

    private QueuePoller start(WarmFunction function, LocalSqs sqs, double duplicates, int threads) {
        QueuePoller poller = new QueuePoller(function, sqs, "us-east-1", activity, duplicates, -1);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(poller);
            thread.setDaemon(true);
            thread.start();
        }
        return poller;
    }

    /** The records that succeeded, over every call, in call order. */
    private static List<String> succeeded(List<String> calls) {
        List<String> out = new ArrayList<>();
        for (String call : calls) {
            String ok = call.substring(call.indexOf(" ok ") + 4);
            if (!ok.isEmpty()) {
                out.addAll(Arrays.asList(ok.split(",")));
            }
        }
        return out;
    }

    static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        int quiet = 0;
        while (quiet < 3) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not done within 60 s");
            }
            Thread.sleep(300);
            quiet = done.getAsBoolean() ? quiet + 1 : 0;
        }
    }

    static WarmFunction warm(LocalPipeline pipeline) {
        LocalPipeline.Function function = pipeline.functions().get(0);
        return new WarmFunction(new Invocation(pipeline, function, null), function,
                Path.of(System.getProperty("java.home"), "bin", "java"),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)),
                new PrintStream(OutputStreamSink.INSTANCE, true, StandardCharsets.UTF_8));
    }

    /** A pipeline of one queue (visibility 1 s) and the recording function consuming it. */
    private static LocalPipeline pipeline(String queue, boolean fifo, int maxReceiveCount, Path recording,
            boolean fifoHandler) throws Exception {
        String local = "test-local-" + queue;
        JsonNode queues = JSON.readTree("[{\"name\":\"" + queue + "\",\"localName\":\"" + local + "\",\"fifo\":" + fifo
                + ",\"visibilityTimeoutSeconds\":1,\"maxReceiveCount\":" + maxReceiveCount + ",\"deadLetterQueue\":\""
                + (fifo ? local.replace(".fifo", "-dlq.fifo") : local + "-dlq") + "\",\"existingArn\":null}]");
        JsonNode trigger = JSON.readTree("{\"kind\":\"sqs\",\"queue\":\"" + queue + "\",\"fifo\":" + fifo
                + ",\"batchSize\":10,\"maxBatchingWindowSeconds\":0}");
        LocalPipeline.Function function = new LocalPipeline.Function("worker",
                "dev.sluice.maven.fixtures.RecordingHandler::handleRequest", 256, 10, "test",
                Map.of("RECORDING", recording.toString(), "FIFO", String.valueOf(fifoHandler)), List.of(), trigger);
        return new LocalPipeline("test", "local", "us-east-1", "", List.of(function), queues, JSON.readTree("[]"),
                JSON.readTree("[]"));
    }

    /** Discards what the function prints. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}
    }
}
