package dev.sluice.runtime;

import java.util.Map;

/**
 * One SNS notification as Lambda delivers it ({@code Records[].Sns}), read straight from the event's JSON by
 * {@link SnsEventReader}: the fields of AWS's documented record shape, nothing derived.
 *
 * @param subscriptionArn the subscription that delivered it ({@code EventSubscriptionArn})
 * @param timestamp when SNS accepted the message, as ISO-8601 text
 * @param messageAttributes the publisher's message attributes, by name
 */
public record SnsRecord(
        String subscriptionArn,
        String messageId,
        String topicArn,
        String subject,
        String message,
        String timestamp,
        String type,
        Map<String, MessageAttribute> messageAttributes) {

    /**
     * A publisher's message attribute as SNS delivers it to Lambda: binary values stay base64-encoded.
     *
     * @param type {@code String}, {@code String.Array}, {@code Number} or {@code Binary}
     */
    public record MessageAttribute(String type, String value) {}
}
