package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A DynamoDB stream event as Lambda delivers it: {@code StreamBatch.on("users", "userId").insert(user)
 * .modify(before, after).remove(user)}. Images are written from records or POJOs in DynamoDB's JSON (strings S,
 * numbers N with their digits, booleans BOOL, nulls NULL, lists L, maps M), the keys taken from the images; sequence
 * numbers are {@link #sequenceNumber(int)} in order, so a test names the record it expects the checkpoint at.
 */
public final class StreamBatch implements TestEvent {

    private final String table;
    private final List<String> keyNames;
    private final List<ObjectNode> records = new ArrayList<>();

    private StreamBatch(String table, List<String> keyNames) {
        this.table = table;
        this.keyNames = keyNames;
    }

    /** Changes to table {@code table}, whose key attributes are {@code keys} (partition key, then sort key). */
    public static StreamBatch on(String table, String... keys) {
        if (keys.length == 0 || keys.length > 2) {
            throw new IllegalArgumentException("name the table's partition key and, if it has one, its sort key");
        }
        return new StreamBatch(table, List.of(keys));
    }

    public StreamBatch insert(Object item) {
        return add("INSERT", null, Json.item(item));
    }

    public StreamBatch modify(Object before, Object after) {
        return add("MODIFY", Json.item(before), Json.item(after));
    }

    public StreamBatch remove(Object item) {
        return add("REMOVE", Json.item(item), null);
    }

    /** The sequence number of the {@code n}-th record (from 1). */
    public static String sequenceNumber(int n) {
        return String.format("%021d", 100_000_000_000_000_000L + n);
    }

    private StreamBatch add(String eventName, ObjectNode oldImage, ObjectNode newImage) {
        ObjectNode image = newImage != null ? newImage : oldImage;
        ObjectNode keys = Json.object();
        for (String key : keyNames) {
            if (!image.has(key)) {
                throw new IllegalArgumentException("the item has no key attribute " + key + ": " + image);
            }
            keys.set(key, image.get(key));
        }
        int n = records.size() + 1;
        ObjectNode record = Json.object();
        record.put("eventID", "c81e728d9d4c2f636f067f89cc14862" + n);
        record.put("eventName", eventName);
        record.put("eventVersion", "1.1");
        record.put("eventSource", "aws:dynamodb");
        record.put("awsRegion", "us-east-1");
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", 1_767_225_600L + n);
        dynamodb.set("Keys", keys);
        if (newImage != null) {
            dynamodb.set("NewImage", newImage);
        }
        if (oldImage != null) {
            dynamodb.set("OldImage", oldImage);
        }
        dynamodb.put("SequenceNumber", sequenceNumber(n));
        dynamodb.put("SizeBytes", image.toString().length());
        dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
        record.put("eventSourceARN", "arn:aws:dynamodb:us-east-1:123456789012:table/" + table
                + "/stream/2026-01-01T00:00:00.000");
        records.add(record);
        return this;
    }

    @Override
    public String json() {
        return Json.records(records);
    }
}
