package dev.sluice.processor.model;

/**
 * An S3 bucket of the pipeline.
 *
 * @param existing the name of an existing bucket, or null for a bucket the descriptor creates
 */
public record BucketModel(String name, String existing) {

    public boolean created() {
        return existing == null;
    }
}
