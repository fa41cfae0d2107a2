package dev.sluice.processor.model;

/**
 * A queue of the pipeline.
 *
 * @param visibilityTimeoutSeconds explicit visibility timeout, or null to derive it from its consumers
 * @param maxReceiveCount receives before a message moves to the dead-letter queue; 0 for no dead-letter queue
 * @param arn the ARN of an existing queue, or null for a queue the descriptor creates
 */
public record QueueModel(String name, Integer visibilityTimeoutSeconds, int maxReceiveCount, String arn) {

    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    public boolean created() {
        return arn == null;
    }

    public boolean hasDeadLetterQueue() {
        return created() && maxReceiveCount > 0;
    }
}
