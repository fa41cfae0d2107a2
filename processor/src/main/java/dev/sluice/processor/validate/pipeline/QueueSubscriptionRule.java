package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnSns;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.validate.FilterPolicies;
import java.util.List;
import java.util.Optional;

/**
 * A queue subscribed to topics, seen with the function that reads it: a consumer taking a typed payload needs the
 * raw message, not SNS's envelope, and a body filter policy must match fields of that payload.
 */
public final class QueueSubscriptionRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        List<QueueModel> queues = pipeline.queues();
        for (int i = 0; i < queues.size(); i++) {
            int index = i;
            QueueModel queue = queues.get(index);
            if (queue.subscriptions().isEmpty()) {
                continue;
            }
            Optional<FunctionModel> reader = functions.stream()
                    .filter(f -> f.trigger() instanceof SqsTrigger sqs && sqs.queue().isDeclared()
                            && sqs.queue().declaredName().equals(queue.name()))
                    .findFirst();
            if (reader.isEmpty()) {
                continue;
            }
            SqsTrigger consumer = (SqsTrigger) reader.get().trigger();
            for (QueueModel.Subscription subscription : queue.subscriptions()) {
                if (!subscription.rawMessageDelivery() && consumer.shape().decodes()) {
                    diagnostics.onPipelineResource(pipeline, "queues", index, "subscribesTo",
                            Message.QUEUE_SUBSCRIPTION_ENVELOPE, queue.name(), subscription.topic(),
                            reader.get().name(), consumer.payloadType());
                }
                if (subscription.filterPolicy() != null && consumer.decoder() != null
                        && subscription.filterPolicyScope() == OnSns.FilterPolicyScope.MESSAGE_BODY) {
                    FilterPolicies.unknownField(FilterPolicies.parse(subscription.filterPolicy()).orElseThrow(),
                            consumer.decoder()).ifPresent(missing -> diagnostics.onPipelineResource(pipeline,
                                    "queues", index, "subscribesTo", Message.SNS_FILTER_POLICY_FIELD, missing.path(),
                                    missing.record(), missing.fields(), missing.suggestion()));
                }
            }
        }
    }
}
