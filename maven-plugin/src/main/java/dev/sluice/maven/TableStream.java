package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * A table's stream, as DynamoDB Streams keeps one: one shard, its records in write order, with the images the stream's
 * view type promises.
 */
final class TableStream extends RecordStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String viewType;

    TableStream(String table, String arn, String viewType) {
        super(table, arn);
        this.viewType = viewType;
    }

    @Override
    String batchInfoKey() {
        return "DDBStreamBatchInfo";
    }

    @Override
    String shardId() {
        return "shardId-00000000000000000000-00000001";
    }

    /** Lambda's stream filters here are on the event name: {@code {"eventName": [...]}}. */
    @Override
    boolean passes(ObjectNode record, String filter) {
        return filter == null || LocalEvents.matches(filter, record.toString());
    }

    @Override
    String sequenceNumber(long index) {
        return String.format(Locale.ROOT, "%021d", 100_000_000_000_000_000L + index);
    }

    /** Appends a change; the images kept are those {@code viewType} promises. */
    void append(String eventName, JsonNode keys, JsonNode oldImage, JsonNode newImage, String region) {
        append((sequenceNumber, now) -> {
            ObjectNode record = JSON.createObjectNode();
            record.put("eventID", UUID.nameUUIDFromBytes((arn() + sequenceNumber).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", ""));
            record.put("eventName", eventName);
            record.put("eventVersion", "1.1");
            record.put("eventSource", "aws:dynamodb");
            record.put("awsRegion", region);
            ObjectNode dynamodb = record.putObject("dynamodb");
            dynamodb.put("ApproximateCreationDateTime", now / 1000);
            dynamodb.set("Keys", keys);
            if (newImage != null && (viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
                dynamodb.set("NewImage", newImage);
            }
            if (oldImage != null && (viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))) {
                dynamodb.set("OldImage", oldImage);
            }
            dynamodb.put("SequenceNumber", sequenceNumber);
            dynamodb.put("SizeBytes", (keys.toString() + (newImage == null ? "" : newImage.toString())
                    + (oldImage == null ? "" : oldImage.toString())).getBytes(StandardCharsets.UTF_8).length);
            dynamodb.put("StreamViewType", viewType);
            record.put("eventSourceARN", arn());
            return record;
        });
    }
}
