package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A local Kinesis stream: one shard, which keeps every record in put order (on AWS, order holds per shard, and a
 * partition key always maps to one shard, so every order a function could rely on holds here too).
 */
final class KinesisShard extends RecordStream {

    static final String SHARD_ID = "shardId-000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String region;

    KinesisShard(String name, String arn, String region) {
        super(name, arn);
        this.region = region;
    }

    @Override
    String batchInfoKey() {
        return "KinesisBatchInfo";
    }

    @Override
    String shardId() {
        return SHARD_ID;
    }

    @Override
    String sequenceNumber(long index) {
        return String.format(Locale.ROOT, "%056d", index + 1).replaceFirst("^0", "4");
    }

    /** Appends a record as Lambda delivers it; returns its sequence number. */
    String put(String partitionKey, byte[] data) {
        return append((sequenceNumber, now) -> {
            ObjectNode record = JSON.createObjectNode();
            ObjectNode kinesis = record.putObject("kinesis");
            kinesis.put("kinesisSchemaVersion", "1.0");
            kinesis.put("partitionKey", partitionKey);
            kinesis.put("sequenceNumber", sequenceNumber);
            kinesis.put("data", Base64.getEncoder().encodeToString(data));
            kinesis.put("approximateArrivalTimestamp", BigDecimal.valueOf(now).movePointLeft(3));
            record.put("eventSource", "aws:kinesis");
            record.put("eventVersion", "1.0");
            record.put("eventID", SHARD_ID + ":" + sequenceNumber);
            record.put("eventName", "aws:kinesis:record");
            record.put("invokeIdentityArn", "arn:aws:iam::" + LocalSqs.ACCOUNT + ":role/sluice-local");
            record.put("awsRegion", region);
            record.put("eventSourceARN", arn());
            return record;
        }).sequenceNumber();
    }

    /**
     * Lambda's filter on a Kinesis record: the pattern sees the record's metadata and its data, parsed as JSON when it
     * is JSON (a pattern on {@code data} fields never matches data that is not).
     */
    @Override
    boolean passes(ObjectNode record, String filter) {
        if (filter == null) {
            return true;
        }
        JsonNode kinesis = record.path("kinesis");
        ObjectNode view = JSON.createObjectNode();
        view.put("partitionKey", kinesis.path("partitionKey").asText());
        view.put("sequenceNumber", kinesis.path("sequenceNumber").asText());
        String text = new String(Base64.getDecoder().decode(kinesis.path("data").asText()), StandardCharsets.UTF_8);
        try {
            JsonNode data = JSON.readTree(text);
            view.set("data", data == null ? JSON.getNodeFactory().textNode(text) : data);
        } catch (java.io.IOException notJson) {
            view.put("data", text);
        }
        return LocalEvents.matches(filter, view.toString());
    }
}
