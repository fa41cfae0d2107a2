package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SQS event as Lambda's event source mapping builds it: {@code SqsBatch.on("payment-queue").message(payment)
 * .message("not json")}. Message ids are {@code m-1}, {@code m-2}… in order, so a test names the ones it expects to
 * fail; bodies are written with Jackson (text is sent as it is); a queue name ending in {@code .fifo} makes a FIFO
 * batch, whose messages carry their group and a sequence number.
 */
public final class SqsBatch implements TestEvent {

    private final String queue;
    private final List<ObjectNode> records = new ArrayList<>();

    private SqsBatch(String queue) {
        this.queue = queue;
    }

    /** A batch from queue {@code queue} (its name as the pipeline declares it). */
    public static SqsBatch on(String queue) {
        return new SqsBatch(queue);
    }

    /** A message whose body is {@code payload}, received for the first time (in group {@code group-1} if FIFO). */
    public SqsBatch message(Object payload) {
        return message(payload, 1, Map.of());
    }

    /** A message of a FIFO queue's group {@code groupId}, received for the first time. */
    public SqsBatch message(Object payload, String groupId) {
        if (!queue.endsWith(".fifo")) {
            throw new IllegalStateException("queue " + queue + " is not FIFO (its name does not end in .fifo), so "
                    + "its messages have no group");
        }
        add(payload, 1, Map.of(), groupId);
        return this;
    }

    /** A message received {@code receiveCount} times (a retry when above 1), with string message attributes. */
    public SqsBatch message(Object payload, int receiveCount, Map<String, String> attributes) {
        add(payload, receiveCount, attributes, queue.endsWith(".fifo") ? "group-1" : null);
        return this;
    }

    /** The id of the {@code n}-th message (from 1), as the event names it. */
    public static String messageId(int n) {
        return "m-" + n;
    }

    private void add(Object payload, int receiveCount, Map<String, String> attributes, String groupId) {
        String body = Json.text(payload);
        ObjectNode record = Json.object();
        record.put("messageId", messageId(records.size() + 1));
        record.put("receiptHandle", "AQEB" + Integer.toHexString(body.hashCode()) + "-" + (records.size() + 1));
        record.put("body", body);
        ObjectNode system = record.putObject("attributes");
        system.put("ApproximateReceiveCount", String.valueOf(receiveCount));
        system.put("SentTimestamp", "1767225600000");
        system.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
        system.put("ApproximateFirstReceiveTimestamp", "1767225600010");
        if (groupId != null) {
            system.put("MessageGroupId", groupId)
                    .put("SequenceNumber", "18849496460467696" + String.format("%03d", records.size() + 1))
                    .put("MessageDeduplicationId", "dedup-" + (records.size() + 1));
        }
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        new LinkedHashMap<>(attributes).forEach((name, value) -> messageAttributes.putObject(name)
                .put("stringValue", value).put("dataType", "String")
                .set("stringListValues", Json.MAPPER.createArrayNode()));
        record.put("md5OfBody", md5(body));
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:" + queue);
        record.put("awsRegion", "us-east-1");
        records.add(record);
    }

    @Override
    public String json() {
        return Json.records(records);
    }

    private static String md5(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
