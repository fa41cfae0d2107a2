package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A table's stream, as DynamoDB Streams keeps one: one shard, its records in write order, each with a sequence
 * number that grows with it and the images the stream's view type promises. Readers wait for records past a position.
 */
public final class TableStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record and when it arrived (for the maximum record age). */
    record Entry(long index, String sequenceNumber, ObjectNode record, long arrivedMillis) {}

    private final String table;
    private final String arn;
    private final String viewType;
    private final List<Entry> entries = new ArrayList<>();

    TableStream(String table, String arn, String viewType) {
        this.table = table;
        this.arn = arn;
        this.viewType = viewType;
    }

    public String table() {
        return table;
    }

    public String arn() {
        return arn;
    }

    /** Appends a change; the images kept are those {@code viewType} promises. */
    synchronized void append(String eventName, JsonNode keys, JsonNode oldImage, JsonNode newImage, String region) {
        long index = entries.size();
        String sequenceNumber = String.format(Locale.ROOT, "%021d", 100_000_000_000_000_000L + index);
        long now = System.currentTimeMillis();
        ObjectNode record = JSON.createObjectNode();
        record.put("eventID", UUID.nameUUIDFromBytes((arn + sequenceNumber).getBytes(StandardCharsets.UTF_8))
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
        record.put("eventSourceARN", arn);
        entries.add(new Entry(index, sequenceNumber, record, now));
        notifyAll();
    }

    /** The position just past the last record: where a {@code LATEST} reader starts. */
    synchronized long end() {
        return entries.size();
    }

    /** Up to {@code max} records from {@code position}, waiting at most {@code waitMillis} for the first. */
    synchronized List<Entry> read(long position, int max, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (entries.size() <= position) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return List.of();
            }
            wait(left);
        }
        return List.copyOf(entries.subList((int) position, (int) Math.min(entries.size(), position + max)));
    }
}
