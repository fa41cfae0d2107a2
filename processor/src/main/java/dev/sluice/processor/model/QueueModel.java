package dev.sluice.processor.model;

/**
 * A queue the pipeline creates.
 *
 * @param visibilityTimeoutSeconds explicit visibility timeout, or null to derive it from its consumer
 * @param maxReceiveCount receives before a message moves to the dead-letter queue; 0 for no dead-letter queue
 */
public record QueueModel(String name, Integer visibilityTimeoutSeconds, int maxReceiveCount) {

    public boolean fifo() {
        return name.endsWith(".fifo");
    }
}
