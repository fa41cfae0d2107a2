package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.QueuePolicyResource;
import dev.sluice.processor.descriptor.spec.QueueResource;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.SubscriptionResource;
import dev.sluice.processor.model.QueueModel;
import java.util.ArrayList;
import java.util.List;

/** The queues the pipeline creates, each followed by its dead-letter queue. */
final class Queues {

    /** SQS's cap on a queue's visibility timeout (12 hours). */
    static final int MAX_VISIBILITY_TIMEOUT = 43_200;
    /** A dead-letter queue keeps messages as long as SQS allows (14 days), for inspection and redrive. */
    static final int DEAD_LETTER_RETENTION = 1_209_600;

    private Queues() {}

    static List<Resource> resources(Refs refs, List<Demand> demands) {
        List<Resource> resources = new ArrayList<>();
        for (QueueModel queue : refs.pipeline().queues()) {
            if (!queue.created()) {
                continue;
            }
            String deadLetterId = Names.deadLetterQueueId(queue.name());
            resources.add(new QueueResource(Names.queueId(queue.name()), Names.physical(queue.name()), queue.fifo(),
                    visibilityTimeout(queue, demands), null,
                    queue.hasDeadLetterQueue() ? refs.getAtt(deadLetterId) : null, queue.maxReceiveCount()));
            if (queue.hasDeadLetterQueue()) {
                resources.add(new QueueResource(deadLetterId, Names.physical(Names.deadLetterName(queue.name())),
                        queue.fifo(), null, DEAD_LETTER_RETENTION, null, 0));
            }
            resources.addAll(senders(refs, queue, demands));
        }
        return resources;
    }

    /**
     * The queue's policy, when topics or a trigger's sources send to it, and its subscriptions: one statement per
     * source, each allowing exactly that source's service to send, only on that source's behalf.
     */
    private static List<Resource> senders(Refs refs, QueueModel queue, List<Demand> demands) {
        List<QueuePolicyResource.Sender> senders = new ArrayList<>();
        List<Resource> subscriptions = new ArrayList<>();
        String policyId = Names.queuePolicyId(queue.name());
        for (QueueModel.Subscription subscription : queue.subscriptions()) {
            Object topicArn = refs.topicArn(refs.pipeline().topic(subscription.topic()).orElseThrow());
            String topicId = Names.topicId(subscription.topic());
            senders.add(new QueuePolicyResource.Sender(topicId, "sns.amazonaws.com", topicArn));
            subscriptions.add(new SubscriptionResource(Names.queueId(queue.name()) + "SubscriptionTo" + topicId,
                    topicArn, refs.queueArn(queue), subscription.rawMessageDelivery(),
                    subscription.filterPolicy() == null ? null : Yaml.fromJson(subscription.filterPolicy()),
                    subscription.filterPolicyScope().value(), policyId));
        }
        for (Demand demand : demands) {
            if (demand instanceof Demand.QueueSender sender && sender.queue().equals(queue.name())) {
                senders.add(new QueuePolicyResource.Sender(sender.sid(), sender.service(), sender.sourceArn()));
            }
        }
        if (senders.isEmpty()) {
            return List.of();
        }
        List<Resource> resources = new ArrayList<>();
        resources.add(new QueuePolicyResource(policyId, refs.queueUrl(queue), refs.queueArn(queue), senders));
        resources.addAll(subscriptions);
        return resources;
    }

    /**
     * A queue's visibility timeout: as declared, else the largest its consumers need (each trigger states its
     * need, e.g. {@code SqsTrigger#recommendedVisibilityTimeout}), capped at SQS's maximum; null (SQS's default)
     * for a queue no function reads.
     */
    static Integer visibilityTimeout(QueueModel queue, List<Demand> demands) {
        if (queue.visibilityTimeoutSeconds() != null) {
            return queue.visibilityTimeoutSeconds();
        }
        Integer derived = null;
        for (Demand demand : demands) {
            if (demand instanceof Demand.QueueConsumer consumer && consumer.queue().equals(queue.name())) {
                derived = derived == null
                        ? consumer.visibilityTimeoutSeconds()
                        : Math.max(derived, consumer.visibilityTimeoutSeconds());
            }
        }
        return derived == null ? null : Math.min(derived, MAX_VISIBILITY_TIMEOUT);
    }
}
