package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/**
 * An SQS queue the stack creates: a pipeline's queue or its dead-letter queue.
 *
 * @param visibilityTimeout seconds, or null for SQS's default
 * @param messageRetention seconds, or null for SQS's default
 * @param deadLetterTargetArn the dead-letter queue's ARN, or null for none
 * @param maxReceiveCount receives before a message moves to the dead-letter queue, with {@code deadLetterTargetArn}
 */
public record QueueResource(String logicalId, String queueName, boolean fifo, Integer visibilityTimeout,
        Integer messageRetention, Object deadLetterTargetArn, int maxReceiveCount) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map().put("QueueName", queueName);
        if (fifo) {
            properties.put("FifoQueue", true);
        }
        properties.put("VisibilityTimeout", visibilityTimeout).put("MessageRetentionPeriod", messageRetention);
        if (deadLetterTargetArn != null) {
            properties.put("RedrivePolicy", map()
                    .put("deadLetterTargetArn", deadLetterTargetArn)
                    .put("maxReceiveCount", maxReceiveCount));
        }
        return map().put("Type", "AWS::SQS::Queue").put("Properties", properties);
    }
}
