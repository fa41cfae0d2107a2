package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/**
 * A queue's subscription to a topic of the stack (SNS → SQS fan-out). It depends on the queue's policy, so that no
 * message published once the subscription exists is refused by the queue.
 *
 * @param filterPolicy the policy as the descriptor's model, or null for none
 * @param filterPolicyScope {@code MessageAttributes} or {@code MessageBody}; with a policy only
 */
public record SubscriptionResource(String logicalId, Object topicArn, Object queueArn, boolean rawMessageDelivery,
        Object filterPolicy, String filterPolicyScope, String queuePolicyId) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map()
                .put("Protocol", "sqs")
                .put("TopicArn", topicArn)
                .put("Endpoint", queueArn);
        if (topicArn instanceof String arn) {
            // An existing topic may live in another region; the subscription is created in the topic's.
            properties.put("Region", arn.split(":")[3]);
        }
        if (rawMessageDelivery) {
            properties.put("RawMessageDelivery", true);
        }
        if (filterPolicy != null) {
            properties.put("FilterPolicy", filterPolicy).put("FilterPolicyScope", filterPolicyScope);
        }
        return map().put("Type", "AWS::SNS::Subscription").put("DependsOn", queuePolicyId)
                .put("Properties", properties);
    }
}
