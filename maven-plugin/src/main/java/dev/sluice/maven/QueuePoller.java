package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS event source mapping for one function: receives up to the batch size (gathering for the batching
 * window when there is one), sends the batch as the SQS event Lambda builds, and then does what Lambda does with
 * the response — deletes the messages that succeeded, leaves the failed ones to become visible again after the
 * visibility timeout (and ElasticMQ moves a message to the dead-letter queue once it has been received
 * {@code maxReceiveCount} times). A function error or an invalid batch response fails the whole batch, as on AWS.
 * FIFO queues hand out one batch per message group at a time, so group order holds across failures.
 *
 * <p>Like Lambda, which starts with {@value #POLLERS} concurrent pollers per queue, the run gives each queue that many
 * threads on this one instance. The function handles one batch at a time (one warm JVM), and a poller receives only
 * when the function is free for its batch — as Lambda's pollers take no more batches than there are instances to
 * run them — so that no received batch waits for the function while its visibility timeout runs out (it would come
 * back as a duplicate). Deletes and the next receive overlap the function's work.
 */
final class QueuePoller implements Runnable {

    /** Concurrent pollers per queue: Lambda's starting number for an SQS event source mapping. */
    static final int POLLERS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WarmFunction function;
    private final LocalSqs sqs;
    private final String queue;
    private final String url;
    private final String region;
    private final int batchSize;
    private final int windowSeconds;
    private final Activity activity;
    private final double duplicates;
    private final int retryAfterSeconds;
    private final Set<String> duplicated = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger inHand = new AtomicInteger();
    /** Held from a receive until the function has answered: one batch in the function at a time. */
    private final Semaphore functionFree = new Semaphore(1, true);

    /**
     * @param duplicates the fraction of handled messages delivered a second time
     * @param retryAfterSeconds when failed messages become visible again, instead of after the queue's visibility
     *     timeout; -1 for the timeout, as on AWS
     */
    QueuePoller(WarmFunction function, LocalSqs sqs, String region, Activity activity, double duplicates,
            int retryAfterSeconds) {
        this.function = function;
        this.sqs = sqs;
        JsonNode trigger = function.function().trigger();
        this.queue = trigger.path("queue").isTextual() ? trigger.path("queue").asText()
                : trigger.path("queueArn").asText();
        this.url = sqs.consumed(trigger.path("queue").isTextual() ? queue : null, queue,
                function.function().timeoutSeconds() * 6);
        this.region = region;
        this.batchSize = trigger.path("batchSize").asInt(10);
        this.windowSeconds = trigger.path("maxBatchingWindowSeconds").asInt(0);
        this.activity = activity;
        this.duplicates = duplicates;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    String queue() {
        return queue;
    }

    String url() {
        return url;
    }

    /** True while a batch is being handled. */
    boolean busy() {
        return inHand.get() > 0;
    }

    void stop() {
        running.set(false);
    }

    @Override
    public void run() {
        while (running.get()) {
            try {
                // Received messages are in flight (not visible) until deleted: the queue's depth counts them.
                functionFree.acquire();
                boolean held = true;
                try {
                    if (!running.get()) {
                        return;
                    }
                    List<Message> batch = receive();
                    if (!batch.isEmpty()) {
                        inHand.incrementAndGet();
                        try {
                            WarmFunction.Outcome outcome = invoke(batch);
                            functionFree.release();
                            held = false;
                            if (outcome != null) {
                                settle(batch, outcome);
                            }
                        } finally {
                            inHand.decrementAndGet();
                        }
                    }
                } finally {
                    if (held) {
                        functionFree.release();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running.get()) {
                    activity.line(queue, function.function().name(), "poller error: " + e.getMessage());
                    sleep(1000);
                }
            }
        }
    }

    private List<Message> receive() {
        List<Message> batch = new ArrayList<>();
        long deadline = System.nanoTime() + windowSeconds * 1_000_000_000L;
        do {
            int wanted = Math.min(10, batchSize - batch.size());
            List<Message> received = sqs.client().receiveMessage(request -> request.queueUrl(url)
                    .maxNumberOfMessages(wanted).waitTimeSeconds(batch.isEmpty() ? 1 : 0)
                    .messageSystemAttributeNamesWithStrings("All").messageAttributeNames("All")).messages();
            batch.addAll(received);
            if (received.isEmpty() && !batch.isEmpty() && windowSeconds > 0) {
                sleep(100);
            }
        } while (running.get() && batch.size() < batchSize && windowSeconds > 0 && !batch.isEmpty()
                && System.nanoTime() < deadline);
        return batch;
    }

    /** Sends the batch to the function; null when it could not be delivered (the messages come back). */
    private WarmFunction.Outcome invoke(List<Message> batch) throws InterruptedException {
        try {
            return function.invoke(event(batch));
        } catch (java.io.IOException e) {
            activity.line(queue, function.function().name(), batch.size() + " messages → not delivered: " + e);
            return null;
        }
    }

    /** Does what Lambda does with the function's answer: deletes the successes, reports the failures. */
    private void settle(List<Message> batch, WarmFunction.Outcome outcome) {
        Set<String> failed = failures(batch, outcome);
        List<Message> succeeded = batch.stream().filter(m -> !failed.contains(m.messageId())).toList();
        List<String> again = new ArrayList<>();
        List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>();
        for (Message message : succeeded) {
            if (duplicate(message)) {
                again.add(message.messageId());
                sqs.client().changeMessageVisibility(request -> request.queueUrl(url)
                        .receiptHandle(message.receiptHandle()).visibilityTimeout(0));
            } else {
                deletes.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(deletes.size()))
                        .receiptHandle(message.receiptHandle()).build());
            }
        }
        // As Lambda does: the successes deleted ten at a time.
        for (int from = 0; from < deletes.size(); from += 10) {
            List<DeleteMessageBatchRequestEntry> chunk = deletes.subList(from, Math.min(deletes.size(), from + 10));
            sqs.client().deleteMessageBatch(request -> request.queueUrl(url).entries(chunk));
        }
        if (retryAfterSeconds >= 0) {
            List<Message> retried = batch.stream().filter(m -> failed.contains(m.messageId())).toList();
            for (int from = 0; from < retried.size(); from += 10) {
                List<ChangeMessageVisibilityBatchRequestEntry> chunk = new ArrayList<>();
                for (Message message : retried.subList(from, Math.min(retried.size(), from + 10))) {
                    chunk.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(String.valueOf(chunk.size()))
                            .receiptHandle(message.receiptHandle()).visibilityTimeout(retryAfterSeconds).build());
                }
                sqs.client().changeMessageVisibilityBatch(request -> request.queueUrl(url).entries(chunk));
            }
        }
        activity.messages(function.function().name(), succeeded.size() - again.size(), failed.size());
        StringBuilder line = new StringBuilder().append(batch.size()).append(batch.size() == 1 ? " message" : " messages");
        if (outcome.error()) {
            line.append(" → ").append(outcome.timedOut() ? "timed out" : "function error "
                    + new String(outcome.response(), StandardCharsets.UTF_8)).append(": the whole batch is retried");
        } else {
            line.append(" → ok ").append(succeeded.size() - again.size());
        }
        if (!failed.isEmpty()) {
            int max = sqs.maxReceiveCount(queue);
            List<String> ids = new ArrayList<>();
            for (Message message : batch) {
                if (failed.contains(message.messageId())) {
                    int receives = Integer.parseInt(message.attributes()
                            .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
                    ids.add(message.messageId() + " (receive " + receives + (max > 0 ? " of " + max : "")
                            + (max > 0 && receives >= max ? ", next: dead-letter queue" : ", retried") + ")");
                }
            }
            line.append(", failed ").append(failed.size()).append(": ").append(String.join(", ", ids));
        }
        if (!again.isEmpty()) {
            line.append(", delivered again on purpose (-Dsluice.duplicates): ").append(String.join(", ", again));
        }
        activity.line(queue, function.function().name(), line.toString());
    }

    /** The failed message ids, as Lambda reads the response: every message when the batch failed as a whole. */
    private Set<String> failures(List<Message> batch, WarmFunction.Outcome outcome) {
        Set<String> all = new LinkedHashSet<>();
        batch.forEach(message -> all.add(message.messageId()));
        if (outcome.error()) {
            return all;
        }
        JsonNode response;
        try {
            response = outcome.response().length == 0 ? JSON.nullNode() : JSON.readTree(outcome.response());
        } catch (java.io.IOException e) {
            return all;
        }
        JsonNode items = response == null ? null : response.get("batchItemFailures");
        Set<String> failed = new LinkedHashSet<>();
        if (items == null || items.isNull()) {
            return failed;
        }
        for (JsonNode item : items) {
            JsonNode id = item.get("itemIdentifier");
            if (id == null || !id.isTextual() || !all.contains(id.asText())) {
                // An empty, null or unknown identifier: Lambda fails the whole batch.
                return all;
            }
            failed.add(id.asText());
        }
        return failed;
    }

    private boolean duplicate(Message message) {
        return duplicates > 0 && (message.messageId().hashCode() & 0x7fffffff) % 1000 < duplicates * 1000
                && duplicated.add(message.messageId());
    }

    /** The event Lambda sends for {@code batch}. */
    private byte[] event(List<Message> batch) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        String arn = "arn:aws:sqs:" + region + ":" + LocalSqs.ACCOUNT + ":" + url.substring(url.lastIndexOf('/') + 1);
        for (Message message : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> attributes.put(e.getKey(), e.getValue()));
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            for (Map.Entry<String, MessageAttributeValue> entry : message.messageAttributes().entrySet()) {
                ObjectNode value = messageAttributes.putObject(entry.getKey());
                MessageAttributeValue attribute = entry.getValue();
                value.put("stringValue", attribute.stringValue());
                value.put("binaryValue", attribute.binaryValue() == null ? null
                        : Base64.getEncoder().encodeToString(attribute.binaryValue().asByteArray()));
                value.putArray("stringListValues");
                value.putArray("binaryListValues");
                value.put("dataType", attribute.dataType());
            }
            record.put("md5OfBody", message.md5OfBody());
            if (message.md5OfMessageAttributes() != null) {
                record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
            }
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", arn);
            record.put("awsRegion", region);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
