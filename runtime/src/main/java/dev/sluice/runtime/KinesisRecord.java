package dev.sluice.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A Kinesis record as Lambda delivers it, for {@code @OnKinesis} methods that want more than the decoded payload.
 *
 * @param shardId the shard the record came from ({@code shardId-000000000000})
 * @param data the record's bytes, base64-decoded
 * @param approximateArrival when Kinesis accepted the record; null if the event does not say
 * @param eventSourceArn the stream's ARN (an enhanced fan-out consumer's stream, not the consumer)
 */
public record KinesisRecord(String sequenceNumber, String partitionKey, String shardId, byte[] data,
        Instant approximateArrival, String eventSourceArn) {

    /** The data as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
