package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * {@code sluice:run}'s queue path, whole: messages a second through ElasticMQ → the poller → the example's
 * generated {@code processPayment} handler, warm in its own JVM → the batch response → DeleteMessageBatch. The
 * baseline, measured in the same run on the same server, drains an equal queue with a bare receive-and-delete loop
 * and no function: the server's own ceiling, so the ratio is the share of it the local run keeps.
 *
 * <pre>java -cp bench-classes:plugin-classpath dev.sluice.maven.LocalThroughput MESSAGES FUNCTION_CLASSPATH</pre>
 */
public final class LocalThroughput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true,
            StandardCharsets.UTF_8);

    private static final int ROUNDS = 3;

    private LocalThroughput() {}

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[0]);
        List<String> functionClasspath = Arrays.asList(args[1].split(File.pathSeparator));
        LocalPipeline pipeline = pipeline();
        List<Double> bare = new ArrayList<>();
        List<Double> sluice = new ArrayList<>();
        try (LocalSqs sqs = new LocalSqs(pipeline)) {
            String url = sqs.url("payment-queue");
            LocalPipeline.Function function = pipeline.functions().get(0);
            Activity activity = new Activity(NOWHERE);
            try (WarmFunction warm = new WarmFunction(new Invocation(pipeline, function, null), function,
                    Path.of(System.getProperty("java.home"), "bin", "java"), functionClasspath, NOWHERE)) {
                QueuePoller poller = new QueuePoller(warm, sqs, pipeline.region(), activity, 0, -1);
                // Both paths warm up first (the server, the function's JVM); then they alternate, ROUNDS each.
                fill(sqs, url, messages, "warm-up-bare");
                drain(sqs, url, messages);
                fill(sqs, url, messages, "warm-up-sluice");
                for (int i = 0; i < QueuePoller.POLLERS; i++) {
                    Thread thread = new Thread(poller, "poller-" + i);
                    thread.setDaemon(true);
                    thread.start();
                }
                long handled = messages;
                await(activity, handled);
                for (int round = 0; round < ROUNDS; round++) {
                    poller.stop();
                    // The poller threads end within a receive's wait (1 s); the queue is empty by then.
                    Thread.sleep(1500);
                    fill(sqs, url, messages, "bare-" + round);
                    long start = System.nanoTime();
                    drain(sqs, url, messages);
                    bare.add(messages / seconds(start));

                    poller = new QueuePoller(warm, sqs, pipeline.region(), activity, 0, -1);
                    fill(sqs, url, messages, "sluice-" + round);
                    start = System.nanoTime();
                    for (int i = 0; i < QueuePoller.POLLERS; i++) {
                        Thread thread = new Thread(poller, "poller-" + round + "-" + i);
                        thread.setDaemon(true);
                        thread.start();
                    }
                    handled += messages;
                    await(activity, handled);
                    sluice.add(messages / seconds(start));
                }
                poller.stop();
            }
        }
        double bareMedian = median(bare);
        double sluiceMedian = median(sluice);
        System.out.println("## Local throughput (`sluice:run`'s queue path)");
        System.out.println();
        System.out.println(messages + " payments through ElasticMQ → poller → the generated `processPayment` in its "
                + "warm JVM (batches of 10) → DeleteMessageBatch, after as many to warm up; the median of " + ROUNDS
                + " rounds alternating with the baseline. Baseline: the same "
                + "server drained by the same number of pollers (" + QueuePoller.POLLERS + ") receiving and deleting, no "
                + "function. Target: ≥ 5000 messages/s.");
        System.out.println();
        System.out.println("| path | messages/s | ÷ bare loop | target ≥ 5000/s |");
        System.out.println("| --- | ---: | ---: | --- |");
        System.out.printf(Locale.ROOT, "| bare receive + delete (baseline) | %.0f | 1.00× | |%n", bareMedian);
        System.out.printf(Locale.ROOT, "| sluice:run → processPayment | %.0f | %.2f× | %s |%n", sluiceMedian,
                sluiceMedian / bareMedian, sluiceMedian >= 5000 ? "met" : "**not met**");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static LocalPipeline pipeline() throws Exception {
        JsonNode queues = JSON.readTree("[{\"name\":\"payment-queue\",\"localName\":\"bench-local-payment-queue\","
                + "\"fifo\":false,\"visibilityTimeoutSeconds\":180,\"maxReceiveCount\":5,"
                + "\"deadLetterQueue\":\"bench-local-payment-queue-dlq\"}]");
        JsonNode trigger = JSON.readTree("{\"kind\":\"sqs\",\"queue\":\"payment-queue\",\"fifo\":false,"
                + "\"batchSize\":10,\"maxBatchingWindowSeconds\":0}");
        LocalPipeline.Function function = new LocalPipeline.Function("processPayment",
                "dev.sluice.examples.payments.Payments_processPaymentHandler::handleRequest", 512, 30, "bench",
                Map.of(), List.of(), trigger);
        return new LocalPipeline("bench", "local", "us-east-1", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                List.of(function), queues, JSON.readTree("[]"), JSON.readTree("[]"));
    }

    /** Sends {@code count} payments, ten a call, from four threads. */
    private static void fill(LocalSqs sqs, String url, int count, String prefix) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int from = 0; from < count; from += 10) {
                int first = from;
                sent.add(senders.submit(() -> {
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = first; i < Math.min(count, first + 10); i++) {
                        entries.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i)).messageBody(
                                "{\"paymentId\":\"" + prefix + "-" + i + "\",\"customerId\":\"c-" + (i % 97)
                                        + "\",\"amount\":" + (10 + i % 500) + ".25,\"currency\":\"USD\","
                                        + "\"cardToken\":\"tok_" + i + "\"}").build());
                    }
                    sqs.client().sendMessageBatch(request -> request.queueUrl(url).entries(entries));
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdown();
        }
    }

    /** Receives and deletes {@code count} messages with as many threads as the run polls with. */
    private static void drain(LocalSqs sqs, String url, int count) throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pollers = Executors.newFixedThreadPool(QueuePoller.POLLERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < QueuePoller.POLLERS; p++) {
                running.add(pollers.submit(() -> {
                    while (done.get() < count) {
                        List<Message> batch = sqs.client().receiveMessage(request -> request.queueUrl(url)
                                .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
                        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
                        for (Message message : batch) {
                            entries.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(entries.size()))
                                    .receiptHandle(message.receiptHandle()).build());
                        }
                        if (!entries.isEmpty()) {
                            sqs.client().deleteMessageBatch(request -> request.queueUrl(url).entries(entries));
                        }
                        done.addAndGet(batch.size());
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pollers.shutdown();
        }
    }

    private static void await(Activity activity, long handled) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        while (activity.ok("processPayment") < handled) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + activity.ok("processPayment") + " of " + handled
                        + " messages handled in 10 minutes");
            }
            Thread.sleep(5);
        }
    }
}
