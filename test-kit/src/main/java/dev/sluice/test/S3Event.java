package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An S3 event notification as S3 sends it: {@code S3Event.put("uploads", "in/march 2026+refunds €.csv")}. The key
 * is URL-encoded exactly as S3 encodes it in notifications (a space as {@code +}, a {@code +} as {@code %2B}, UTF-8
 * bytes as escapes, {@code /} kept), so a handler that forgets to decode it fails here as it would on AWS.
 */
public final class S3Event implements TestEvent {

    private final String eventName;
    private final String bucket;
    private final String key;
    private long size = 1024;
    private String eTag = "0123456789abcdef0123456789abcdef";

    private S3Event(String eventName, String bucket, String key) {
        this.eventName = eventName;
        this.bucket = bucket;
        this.key = key;
    }

    /** An object written with PutObject to bucket {@code bucket} (its physical name, or the logical one in tests). */
    public static S3Event put(String bucket, String key) {
        return new S3Event("ObjectCreated:Put", bucket, key);
    }

    /** An object completed by a multipart upload. */
    public static S3Event multipartUpload(String bucket, String key) {
        return new S3Event("ObjectCreated:CompleteMultipartUpload", bucket, key);
    }

    /** An object deleted. */
    public static S3Event delete(String bucket, String key) {
        return new S3Event("ObjectRemoved:Delete", bucket, key);
    }

    public S3Event size(long bytes) {
        this.size = bytes;
        return this;
    }

    public S3Event eTag(String eTag) {
        this.eTag = eTag;
        return this;
    }

    /** The key as S3 writes it in notifications. */
    public static String encodedKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    @Override
    public String json() {
        ObjectNode root = Json.object();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "us-east-1");
        record.put("eventTime", "2026-01-01T00:00:00.000Z");
        record.put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:AIDAINPONIXQXHT3IKHL2");
        record.putObject("requestParameters").put("sourceIPAddress", "203.0.113.7");
        record.putObject("responseElements").put("x-amz-request-id", "C3D13FE58DE4C810")
                .put("x-amz-id-2", "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "sluice-test");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "A3NL1KOZZKExample");
        ObjectNode object = s3.putObject("object").put("key", encodedKey(key));
        if (!eventName.startsWith("ObjectRemoved")) {
            object.put("size", size).put("eTag", eTag);
        }
        object.put("sequencer", "0055AED6DCD90281E5");
        return Json.write(root);
    }
}
