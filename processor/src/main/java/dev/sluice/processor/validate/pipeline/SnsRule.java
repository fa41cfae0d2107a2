package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnSns;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SnsTrigger;
import dev.sluice.processor.model.TopicModel;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @OnSns} function's subscription: a declared, standard topic (SNS FIFO topics never invoke functions), and
 * a dead-letter queue that is declared and standard ({@link QueuePolicyRule} checks it is this subscription's alone).
 */
public final class SnsRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (!(function.trigger() instanceof SnsTrigger sns)) {
                continue;
            }
            if (sns.topic().isDeclared()) {
                String name = sns.topic().declaredName();
                Optional<TopicModel> topic = pipeline.topic(name);
                if (topic.isEmpty()) {
                    List<String> declared = pipeline.topics().stream().map(TopicModel::name).toList();
                    diagnostics.on(function, OnSns.class, "topic", Message.SNS_TOPIC_UNDECLARED, name,
                            pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                            Diagnostics.didYouMean(name, declared), name);
                } else if (topic.get().fifo()) {
                    diagnostics.on(function, OnSns.class, "topic", Message.SNS_FIFO_TOPIC, name);
                }
            }
            String dlq = sns.deadLetterQueue();
            if (dlq == null) {
                continue;
            }
            Optional<QueueModel> queue = pipeline.queue(dlq);
            if (queue.isEmpty()) {
                List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
                diagnostics.on(function, OnSns.class, "deadLetterQueue", Message.SNS_DEAD_LETTER_QUEUE, dlq,
                        function.name(), "is not declared by the pipeline (it declares " + Diagnostics.listed(declared)
                                + ")");
            } else if (queue.get().fifo()) {
                diagnostics.on(function, OnSns.class, "deadLetterQueue", Message.SNS_DEAD_LETTER_QUEUE, dlq,
                        function.name(), "is a FIFO queue, and a standard topic's dead-letter queue must be standard");
            }
        }
    }
}
