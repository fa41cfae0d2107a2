package dev.sluice.runtime;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What SNS tells about a message besides its body: pass it as the second parameter of an {@code @OnSns} method,
 * e.g. {@code void announce(Settlement settlement, SnsMessage meta)}.
 *
 * @param messageId SNS's id of the message: the same for every subscriber, and on a redelivery
 * @param topicArn the topic it was published to
 * @param subject the publisher's subject, or null
 * @param timestamp when SNS accepted the message
 * @param subscriptionArn the subscription that delivered it
 * @param messageAttributes the publisher's String, String.Array and Number attributes (binary ones are left out)
 */
public record SnsMessage(
        String messageId,
        String topicArn,
        String subject,
        Instant timestamp,
        String subscriptionArn,
        Map<String, String> messageAttributes) {

    /** Reads the metadata of a notification as Lambda delivered it. */
    public static SnsMessage of(SnsRecord record) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, SnsRecord.MessageAttribute> entry : record.messageAttributes().entrySet()) {
            if (entry.getValue().value() != null && !"Binary".equals(entry.getValue().type())) {
                attributes.put(entry.getKey(), entry.getValue().value());
            }
        }
        return new SnsMessage(record.messageId(), record.topicArn(), record.subject(), instant(record.timestamp()),
                record.subscriptionArn(), attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(attributes));
    }

    /** A String, String.Array (as its JSON text) or Number message attribute set by the publisher. */
    public Optional<String> messageAttribute(String name) {
        return Optional.ofNullable(messageAttributes.get(name));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
