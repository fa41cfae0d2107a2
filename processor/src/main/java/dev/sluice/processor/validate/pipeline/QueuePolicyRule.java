package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnEvent;
import dev.sluice.annotations.OnSns;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.EventTrigger;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SnsTrigger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue keeps one policy, the last one written. The framework writes one for each {@code @OnSns} dead-letter queue
 * (per subscription); Sluice writes one per queue that topics subscribe to or EventBridge rules use as dead-letter
 * queue (every sender a statement of it). So a queue may be an {@code @OnSns} dead-letter queue for one subscription
 * only, and then nothing else's: otherwise one sender would be refused and its messages lost.
 */
public final class QueuePolicyRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        Map<String, String> snsDeadLetters = new HashMap<>();
        for (FunctionModel function : functions) {
            // (A dead-letter queue that is undeclared or FIFO is SnsRule's to report.)
            if (function.trigger() instanceof SnsTrigger sns && sns.deadLetterQueue() != null
                    && pipeline.queue(sns.deadLetterQueue()).filter(q -> !q.fifo()).isPresent()) {
                String first = snsDeadLetters.putIfAbsent(sns.deadLetterQueue(), function.name());
                if (first != null) {
                    diagnostics.on(function, OnSns.class, "deadLetterQueue", Message.SNS_SHARED_DEAD_LETTER_QUEUE,
                            sns.deadLetterQueue(), first, function.name());
                }
            }
        }
        List<QueueModel> queues = pipeline.queues();
        for (int index = 0; index < queues.size(); index++) {
            QueueModel queue = queues.get(index);
            String sns = snsDeadLetters.get(queue.name());
            if (sns != null && !queue.subscriptions().isEmpty()) {
                diagnostics.onPipelineResource(pipeline, "queues", index, "subscribesTo", Message.QUEUE_POLICY_SHARED,
                        queue.name(), sns, "subscribes to topic " + queue.subscriptions().get(0).topic());
            }
        }
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof EventTrigger event && event.deadLetterQueue() != null
                    && snsDeadLetters.containsKey(event.deadLetterQueue())) {
                diagnostics.on(function, OnEvent.class, "deadLetterQueue", Message.QUEUE_POLICY_SHARED,
                        event.deadLetterQueue(), snsDeadLetters.get(event.deadLetterQueue()),
                        "the deadLetterQueue of " + function.name() + "'s event rule");
            }
        }
    }
}
