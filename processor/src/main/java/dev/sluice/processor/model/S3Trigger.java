package dev.sluice.processor.model;

import java.util.List;

/**
 * An {@code @OnS3Upload} trigger: the bucket's notification invokes the function asynchronously.
 *
 * @param bucket a bucket declared by the pipeline
 * @param prefix the key prefix filter, possibly empty
 * @param suffix the key suffix filter, possibly empty
 * @param events S3's event type names, e.g. {@code s3:ObjectCreated:*}
 * @param maximumRetryAttempts 0 to 2, or null for Lambda's default
 * @param onFailure a declared queue receiving failed events, or null
 */
public record S3Trigger(String bucket, String prefix, String suffix, List<String> events,
        Integer maximumRetryAttempts, String onFailure, S3Shape shape) implements Trigger {

    /** The method shapes. */
    public enum S3Shape {
        /** {@code (S3Upload upload)}. */
        UPLOAD,
        /** {@code (String bucket, String key)}. */
        BUCKET_KEY,
        /** {@code (S3Upload upload, InputStream content)}: the object's content, read with s3:GetObject. */
        UPLOAD_CONTENT
    }

    /** True when the function reads the objects that trigger it. */
    public boolean readsContent() {
        return shape == S3Shape.UPLOAD_CONTENT;
    }

    @Override
    public boolean invokedAsynchronously() {
        return true;
    }
}
