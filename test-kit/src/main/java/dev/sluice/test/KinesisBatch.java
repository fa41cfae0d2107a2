package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A Kinesis event as Lambda delivers it: {@code KinesisBatch.on("clicks").record("user-1", click)}. Data is written
 * with Jackson (text as it is) and base64-encoded as Kinesis does; sequence numbers are
 * {@link #sequenceNumber(int)} in order, all from one shard.
 */
public final class KinesisBatch implements TestEvent {

    private final String stream;
    private final List<ObjectNode> records = new ArrayList<>();

    private KinesisBatch(String stream) {
        this.stream = stream;
    }

    public static KinesisBatch on(String stream) {
        return new KinesisBatch(stream);
    }

    /** A record put with partition key {@code partitionKey}. */
    public KinesisBatch record(String partitionKey, Object data) {
        int n = records.size() + 1;
        ObjectNode record = Json.object();
        ObjectNode kinesis = record.putObject("kinesis");
        kinesis.put("kinesisSchemaVersion", "1.0");
        kinesis.put("partitionKey", partitionKey);
        kinesis.put("sequenceNumber", sequenceNumber(n));
        kinesis.put("data", Base64.getEncoder().encodeToString(Json.text(data).getBytes(StandardCharsets.UTF_8)));
        kinesis.put("approximateArrivalTimestamp", new BigDecimal("1767225600.125").add(BigDecimal.valueOf(n)));
        record.put("eventSource", "aws:kinesis");
        record.put("eventVersion", "1.0");
        record.put("eventID", "shardId-000000000000:" + sequenceNumber(n));
        record.put("eventName", "aws:kinesis:record");
        record.put("invokeIdentityArn", "arn:aws:iam::123456789012:role/function-role");
        record.put("awsRegion", "us-east-1");
        record.put("eventSourceARN", "arn:aws:kinesis:us-east-1:123456789012:stream/" + stream);
        records.add(record);
        return this;
    }

    /** The sequence number of the {@code n}-th record (from 1). */
    public static String sequenceNumber(int n) {
        return "49590338271490256608559692538361571095921575989136" + String.format("%06d", n);
    }

    @Override
    public String json() {
        return Json.records(records);
    }
}
