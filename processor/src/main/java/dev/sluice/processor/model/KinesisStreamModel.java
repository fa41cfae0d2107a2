package dev.sluice.processor.model;

/**
 * A Kinesis data stream of the pipeline.
 *
 * @param shards provisioned shards, or 0 for on-demand capacity
 * @param arn the ARN of an existing stream, or null for a stream the descriptor creates
 */
public record KinesisStreamModel(String name, int shards, int retentionHours, String arn) {

    public boolean created() {
        return arn == null;
    }
}
