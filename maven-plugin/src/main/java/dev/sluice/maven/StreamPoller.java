package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lambda's stream event source mapping for one function, on a DynamoDB table's stream or a Kinesis stream: reads the
 * shard from its starting position in order, drops the records its filter does not match, sends batches of up to the
 * batch size, and treats the outcome as Lambda does — a reported failure checkpoints at the first failed record (the
 * records before it are done, the batch is retried from it); a function error retries the whole batch, or bisects
 * it when {@code bisectOnError} is set; after {@code maximumRetryAttempts} retries, or once the oldest record is
 * older than {@code maximumRecordAgeSeconds}, the batch is discarded and described to the on-failure queue. Without
 * either limit a failing record blocks its shard, as it does on AWS until the record expires.
 */
final class StreamPoller implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WarmFunction function;
    private final RecordStream stream;
    private final Activity activity;
    private final Destinations destinations;
    private final int batchSize;
    private final int windowSeconds;
    private final String filter;
    private final boolean bisect;
    private final Integer maximumRetryAttempts;
    private final Integer maximumRecordAgeSeconds;
    private final String onFailure;
    private final String source;
    private volatile long position;
    private volatile boolean busy;
    private volatile boolean running = true;

    StreamPoller(WarmFunction function, RecordStream stream, Activity activity, Destinations destinations) {
        this.function = function;
        this.stream = stream;
        this.activity = activity;
        this.destinations = destinations;
        JsonNode trigger = function.function().trigger();
        this.batchSize = trigger.path("batchSize").asInt(100);
        this.windowSeconds = trigger.path("maxBatchingWindowSeconds").asInt(0);
        // Lambda's filter criteria, as the processor wrote them: a DynamoDB mapping's event names, a Kinesis one's
        // pattern on the data.
        if (trigger.path("filter").isTextual()) {
            this.filter = trigger.path("filter").asText();
        } else if (trigger.path("events").size() > 0 && trigger.path("events").size() < 3) {
            this.filter = "{\"eventName\":" + trigger.path("events") + "}";
        } else {
            this.filter = null;
        }
        this.bisect = trigger.path("bisectOnError").asBoolean(false);
        this.maximumRetryAttempts = trigger.path("maximumRetryAttempts").isInt()
                && trigger.path("maximumRetryAttempts").asInt() >= 0 ? trigger.path("maximumRetryAttempts").asInt()
                        : null;
        this.maximumRecordAgeSeconds = trigger.path("maximumRecordAgeSeconds").isInt()
                && trigger.path("maximumRecordAgeSeconds").asInt() >= 0
                        ? trigger.path("maximumRecordAgeSeconds").asInt() : null;
        this.onFailure = trigger.path("onFailure").isTextual() ? trigger.path("onFailure").asText() : null;
        this.source = stream.name() + " stream";
        // The run starts with empty streams: TRIM_HORIZON and AT_TIMESTAMP (always in the past here) read
        // everything written since, LATEST what is written once the poller runs.
        this.position = trigger.path("startingPosition").asText().equals("LATEST") ? stream.end() : 0;
    }

    /** True while records are being handled, or records wait past the checkpoint. */
    boolean busy() {
        return busy || position < stream.end();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try {
            while (running) {
                List<RecordStream.Entry> entries = stream.read(position, batchSize, 500);
                if (entries.isEmpty()) {
                    continue;
                }
                busy = true;
                if (windowSeconds > 0 && entries.size() < batchSize) {
                    Thread.sleep(windowSeconds * 1000L);
                    entries = stream.read(position, batchSize, 0);
                }
                long next = entries.get(entries.size() - 1).index() + 1;
                List<RecordStream.Entry> matching = entries.stream()
                        .filter(e -> stream.passes(e.record(), filter))
                        .toList();
                if (!matching.isEmpty()) {
                    process(matching);
                }
                position = next;
                busy = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers {@code batch} until it is done or discarded. */
    private void process(List<RecordStream.Entry> batch) throws InterruptedException {
        List<RecordStream.Entry> pending = batch;
        int retries = 0;
        while (running && !pending.isEmpty()) {
            WarmFunction.Outcome outcome;
            try {
                outcome = function.invoke(event(pending));
            } catch (IOException e) {
                outcome = new WarmFunction.Outcome(e.toString().getBytes(StandardCharsets.UTF_8), true, false);
            }
            int failedAt = failedAt(pending, outcome);
            if (failedAt < 0) {
                activity.messages(function.function().name(), pending.size(), 0);
                activity.line(source, function.function().name(), range(pending) + " → ok");
                return;
            }
            if (outcome.error() && bisect && pending.size() > 1) {
                activity.messages(function.function().name(), 0, pending.size());
                activity.line(source, function.function().name(), range(pending) + " → function error "
                        + text(outcome) + ": bisected into two halves (retries not counted)");
                int half = pending.size() / 2;
                process(pending.subList(0, half));
                process(pending.subList(half, pending.size()));
                return;
            }
            String sent = range(pending);
            List<RecordStream.Entry> done = pending.subList(0, failedAt);
            pending = pending.subList(failedAt, pending.size());
            retries++;
            activity.messages(function.function().name(), done.size(), outcome.error() ? pending.size() : 1);
            String what = outcome.error() ? "function error " + text(outcome)
                    : "failed at " + pending.get(0).sequenceNumber() + (done.isEmpty() ? "" : " (" + range(done)
                            + " done: checkpoint)");
            long ageSeconds = (System.currentTimeMillis() - pending.get(0).arrivedMillis()) / 1000;
            String condition = maximumRetryAttempts != null && retries > maximumRetryAttempts
                    ? "RetryAttemptsExhausted"
                    : maximumRecordAgeSeconds != null && ageSeconds > maximumRecordAgeSeconds ? "RecordAgeExceeded"
                            : null;
            if (condition != null) {
                activity.line(source, function.function().name(), sent + " → " + what + "; "
                        + (condition.equals("RetryAttemptsExhausted") ? "retries exhausted (" + maximumRetryAttempts
                                + ")" : "older than " + maximumRecordAgeSeconds + " s")
                        + ": discarded" + (onFailure == null ? " (no onFailure queue: lost, as on AWS)"
                                : ", described to queue " + onFailure));
                if (onFailure != null) {
                    destinations.send(onFailure, failureRecord(pending, condition, retries));
                }
                return;
            }
            activity.line(source, function.function().name(), sent + " → " + what + "; retry " + retries
                    + (maximumRetryAttempts == null ? " (no maximumRetryAttempts: retried until it succeeds, as AWS "
                            + "does until the record expires)" : " of " + maximumRetryAttempts)
                    + " from " + pending.get(0).sequenceNumber());
            Thread.sleep(Math.min(2000, 250L * retries));
        }
    }

    /**
     * Where the batch failed: -1 for success, 0 for a failure of the whole batch, else the index of the first
     * reported failure (Lambda checkpoints at the lowest failed sequence number).
     */
    private static int failedAt(List<RecordStream.Entry> batch, WarmFunction.Outcome outcome) {
        if (outcome.error()) {
            return 0;
        }
        JsonNode items;
        try {
            items = outcome.response().length == 0 ? null : JSON.readTree(outcome.response()).get("batchItemFailures");
        } catch (IOException e) {
            return 0;
        }
        if (items == null || items.isNull() || items.isEmpty()) {
            return -1;
        }
        int first = Integer.MAX_VALUE;
        for (JsonNode item : items) {
            JsonNode id = item.get("itemIdentifier");
            int index = -1;
            for (int i = 0; id != null && id.isTextual() && i < batch.size(); i++) {
                if (batch.get(i).sequenceNumber().equals(id.asText())) {
                    index = i;
                }
            }
            if (index < 0) {
                return 0;
            }
            first = Math.min(first, index);
        }
        return first;
    }

    private static String text(WarmFunction.Outcome outcome) {
        return outcome.timedOut() ? "(timed out)" : new String(outcome.response(), StandardCharsets.UTF_8);
    }

    private static String range(List<RecordStream.Entry> entries) {
        String first = entries.get(0).sequenceNumber();
        return entries.size() == 1 ? "record " + first
                : entries.size() + " records " + first + "…" + entries.get(entries.size() - 1).sequenceNumber();
    }

    private static byte[] event(List<RecordStream.Entry> entries) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        entries.forEach(entry -> records.add(entry.record()));
        return JSON.writeValueAsBytes(root);
    }

    /** What Lambda sends an on-failure destination for a discarded stream batch. */
    private String failureRecord(List<RecordStream.Entry> batch, String condition, int attempts) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode context = root.putObject("requestContext");
        context.put("requestId", UUID.randomUUID().toString());
        context.put("functionArn", destinations.functionArn(function.function().name()));
        context.put("condition", condition);
        context.put("approximateInvokeCount", attempts);
        ObjectNode response = root.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        response.put("functionError", "Unhandled");
        root.put("version", "1.0");
        root.put("timestamp", Instant.now().toString());
        ObjectNode info = root.putObject(stream.batchInfoKey());
        info.put("shardId", stream.shardId());
        info.put("startSequenceNumber", batch.get(0).sequenceNumber());
        info.put("endSequenceNumber", batch.get(batch.size() - 1).sequenceNumber());
        info.put("approximateArrivalOfFirstRecord", Instant.ofEpochMilli(batch.get(0).arrivedMillis()).toString());
        info.put("approximateArrivalOfLastRecord",
                Instant.ofEpochMilli(batch.get(batch.size() - 1).arrivedMillis()).toString());
        info.put("batchSize", batch.size());
        info.put("streamArn", stream.arn());
        return root.toString();
    }
}
