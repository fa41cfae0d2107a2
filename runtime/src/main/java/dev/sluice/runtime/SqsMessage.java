package dev.sluice.runtime;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SQS tells about a message besides its body: pass it as the second parameter of an {@code @OnSqs}
 * method, e.g. {@code void process(Payment payment, SqsMessage meta)}.
 *
 * @param messageId SQS's id of the message, the one reported back when it fails
 * @param approximateReceiveCount how many times SQS has handed the message out, this time included; above 1 it
 *     is a retry
 * @param sentTimestamp when SQS accepted the message
 * @param messageGroupId the FIFO message group; {@code null} on standard queues
 * @param messageDeduplicationId the FIFO deduplication id; {@code null} on standard queues
 * @param eventSourceArn the ARN of the queue
 * @param attributes SQS system attributes, as Lambda delivers them
 * @param messageAttributes the sender's message attributes of type String or Number (binary ones are left out)
 */
public record SqsMessage(
        String messageId,
        int approximateReceiveCount,
        Instant sentTimestamp,
        String messageGroupId,
        String messageDeduplicationId,
        String eventSourceArn,
        Map<String, String> attributes,
        Map<String, String> messageAttributes) {

    /** Reads the metadata of a message as Lambda delivered it. */
    public static SqsMessage of(SqsRecord message) {
        Map<String, String> attributes = message.attributes();
        return new SqsMessage(
                message.messageId(),
                parseInt(attributes.get("ApproximateReceiveCount")),
                parseEpochMillis(attributes.get("SentTimestamp")),
                attributes.get("MessageGroupId"),
                attributes.get("MessageDeduplicationId"),
                message.eventSourceArn(),
                attributes,
                stringAttributes(message.messageAttributes()));
    }

    /** The message group, for code that handles FIFO and standard queues alike. */
    public Optional<String> group() {
        return Optional.ofNullable(messageGroupId);
    }

    /** A String or Number message attribute set by the sender. */
    public Optional<String> messageAttribute(String name) {
        return Optional.ofNullable(messageAttributes.get(name));
    }

    private static Map<String, String> stringAttributes(Map<String, SqsRecord.MessageAttribute> raw) {
        if (raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, SqsRecord.MessageAttribute> entry : raw.entrySet()) {
            if (entry.getValue().stringValue() != null) {
                values.put(entry.getKey(), entry.getValue().stringValue());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant parseEpochMillis(String value) {
        try {
            return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
