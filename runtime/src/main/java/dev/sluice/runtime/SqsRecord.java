package dev.sluice.runtime;

import java.util.Map;

/**
 * One message of an SQS event as Lambda delivers it, read straight from the event's JSON by
 * {@link SqsEventReader}: the fields of AWS's documented record shape, nothing derived.
 *
 * @param attributes SQS system attributes ({@code ApproximateReceiveCount}, {@code SentTimestamp},
 *     {@code MessageGroupId}, ...), as strings
 * @param messageAttributes the sender's message attributes, by name
 */
public record SqsRecord(
        String messageId,
        String receiptHandle,
        String body,
        String md5OfBody,
        String md5OfMessageAttributes,
        String eventSource,
        String eventSourceArn,
        String awsRegion,
        Map<String, String> attributes,
        Map<String, MessageAttribute> messageAttributes) {

    /**
     * A sender's message attribute. Binary values stay base64-encoded, as in the event.
     *
     * @param dataType {@code String}, {@code Number} or {@code Binary}, optionally with a custom suffix
     */
    public record MessageAttribute(String dataType, String stringValue, String binaryValue) {}

    /** The FIFO message group, or null on a standard queue. */
    public String messageGroupId() {
        return attributes.get("MessageGroupId");
    }
}
