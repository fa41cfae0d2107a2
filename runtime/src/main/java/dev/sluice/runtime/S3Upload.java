package dev.sluice.runtime;

import java.time.Instant;

/**
 * One object of an S3 notification, as an {@code @OnS3Upload} method receives it.
 *
 * @param bucket the bucket's name
 * @param key the object's key, decoded (S3 sends it URL-encoded)
 * @param size the object's size in bytes
 * @param eTag the object's ETag, without quotes
 * @param versionId the object's version, or null when the bucket is not versioned
 * @param sequencer orders events of the same key: a greater sequencer is a later event
 * @param eventName e.g. {@code ObjectCreated:Put}
 * @param eventTime when S3 recorded the event
 */
public record S3Upload(String bucket, String key, long size, String eTag, String versionId, String sequencer,
        String eventName, Instant eventTime) {}
