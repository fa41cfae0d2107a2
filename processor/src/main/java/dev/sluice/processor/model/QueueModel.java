package dev.sluice.processor.model;

import dev.sluice.annotations.OnSns;
import java.util.List;

/**
 * A queue of the pipeline.
 *
 * @param visibilityTimeoutSeconds explicit visibility timeout, or null to derive it from its consumers
 * @param maxReceiveCount receives before a message moves to the dead-letter queue; 0 for no dead-letter queue
 * @param arn the ARN of an existing queue, or null for a queue the descriptor creates
 * @param subscriptions the topics it subscribes to, in declaration order
 */
public record QueueModel(String name, Integer visibilityTimeoutSeconds, int maxReceiveCount, String arn,
        List<Subscription> subscriptions) {

    /** A queue with no subscription. */
    public QueueModel(String name, Integer visibilityTimeoutSeconds, int maxReceiveCount, String arn) {
        this(name, visibilityTimeoutSeconds, maxReceiveCount, arn, List.of());
    }

    /**
     * A subscription of the queue to a topic of the pipeline.
     *
     * @param filterPolicy compact JSON, or null for none
     */
    public record Subscription(String topic, boolean rawMessageDelivery, String filterPolicy,
            OnSns.FilterPolicyScope filterPolicyScope) {}

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
