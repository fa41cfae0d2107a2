package dev.sluice.runtime;

import java.time.Instant;
import java.util.Map;

/**
 * One change to a DynamoDB item, as an {@code @OnStream} method receives it.
 *
 * @param type INSERT, MODIFY or REMOVE
 * @param keys the item's key attributes as plain Java values (String, BigDecimal, Boolean, base64 String for
 *     binary)
 * @param oldImage the item before the change, or null (INSERT, or a stream that does not carry old images)
 * @param newImage the item after the change, or null (REMOVE, or a stream that does not carry new images)
 * @param sequenceNumber the record's position in its shard
 * @param approximateCreationTime when the change happened, to the second
 * @param <T> the item type
 */
public record Change<T>(Type type, Map<String, Object> keys, T oldImage, T newImage, String sequenceNumber,
        Instant approximateCreationTime) {

    /** DynamoDB stream event names. */
    public enum Type {
        INSERT,
        MODIFY,
        REMOVE
    }
}
