package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SqsTrigger;
import java.util.List;
import java.util.Optional;

/** An {@code @OnSqs} function's queue: declared, with a visibility timeout Lambda accepts for its timeout. */
public final class TriggerQueueRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof SqsTrigger sqs) {
                checkTriggerQueue(pipeline, function, sqs, diagnostics);
            }
        }
    }

    private void checkTriggerQueue(PipelineModel pipeline, FunctionModel function, SqsTrigger sqs,
            Diagnostics diagnostics) {
        if (!sqs.queue().isDeclared()) {
            return;
        }
        String name = sqs.queue().declaredName();
        Optional<QueueModel> queue = pipeline.queue(name);
        if (queue.isEmpty()) {
            List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
            diagnostics.on(function, OnSqs.class, "queue", Message.SQS_QUEUE_UNDECLARED, name,
                    pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                    Diagnostics.didYouMean(name, declared), name);
            return;
        }
        Integer visibility = queue.get().visibilityTimeoutSeconds();
        int timeout = function.effectiveTimeoutSeconds(pipeline);
        if (visibility != null && visibility < timeout) {
            int derived = sqs.recommendedVisibilityTimeout(timeout);
            diagnostics.onPipelineResource(pipeline, "queues", pipeline.queues().indexOf(queue.get()),
                    "visibilityTimeoutSeconds", Message.QUEUE_VISIBILITY_BELOW_TIMEOUT, name, visibility, timeout,
                    function.name(), derived);
        }
    }
}
