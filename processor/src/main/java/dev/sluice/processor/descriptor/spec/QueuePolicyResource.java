package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * The one policy of a queue the stack creates: which AWS services may send to it, each from exactly one source
 * (a topic, an EventBridge rule). A queue keeps a single policy, so every grant on it is a statement of this one.
 *
 * @param queueUrl the queue's URL (its Ref)
 * @param queueArn the queue's ARN, the statements' resource
 */
public record QueuePolicyResource(String logicalId, Object queueUrl, Object queueArn, List<Sender> senders)
        implements Resource {

    /**
     * A service allowed to send messages to the queue on behalf of one source.
     *
     * @param sid the statement's id, unique in the policy
     * @param service e.g. {@code sns.amazonaws.com}
     * @param sourceArn the topic or rule, as a string or an intrinsic function
     */
    public record Sender(String sid, String service, Object sourceArn) {}

    @Override
    public Mapping template() {
        List<Mapping> statements = senders.stream().map(sender -> map()
                .put("Sid", sender.sid())
                .put("Effect", "Allow")
                .put("Principal", map("Service", sender.service()))
                .put("Action", "sqs:SendMessage")
                .put("Resource", queueArn)
                .put("Condition", map("ArnEquals", map("aws:SourceArn", sender.sourceArn()))))
                .toList();
        return map().put("Type", "AWS::SQS::QueuePolicy").put("Properties", map()
                .put("Queues", List.of(queueUrl))
                .put("PolicyDocument", map().put("Version", "2012-10-17").put("Statement", statements)));
    }
}
