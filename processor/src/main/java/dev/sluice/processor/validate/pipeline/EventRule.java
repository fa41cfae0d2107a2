package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnEvent;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.EventTrigger;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @OnEvent} function's rule: on the default bus or a declared one, with a dead-letter queue that is
 * declared, standard (EventBridge refuses FIFO ones) and created by the stack — its policy, which lets the rule send,
 * is Sluice's to write ({@link QueuePolicyRule} checks nothing else writes it).
 */
public final class EventRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (!(function.trigger() instanceof EventTrigger event)) {
                continue;
            }
            if (!event.onDefaultBus() && pipeline.eventBus(event.bus()).isEmpty()) {
                List<String> declared = new ArrayList<>();
                declared.add(EventBusModel.DEFAULT);
                pipeline.eventBuses().forEach(bus -> declared.add(bus.name()));
                diagnostics.on(function, OnEvent.class, "bus", Message.EVENT_BUS_UNDECLARED, event.bus(),
                        pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                        Diagnostics.didYouMean(event.bus(), declared), event.bus());
            }
            String dlq = event.deadLetterQueue();
            if (dlq == null) {
                continue;
            }
            Optional<QueueModel> queue = pipeline.queue(dlq);
            if (queue.isEmpty()) {
                List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
                diagnostics.on(function, OnEvent.class, "deadLetterQueue", Message.EVENT_DEAD_LETTER_QUEUE, dlq,
                        function.name(), "is not declared by the pipeline (it declares " + Diagnostics.listed(declared)
                                + ")");
            } else if (queue.get().fifo()) {
                diagnostics.on(function, OnEvent.class, "deadLetterQueue", Message.EVENT_DEAD_LETTER_QUEUE, dlq,
                        function.name(), "is a FIFO queue, which EventBridge cannot use as a dead-letter queue");
            } else if (!queue.get().created()) {
                diagnostics.on(function, OnEvent.class, "deadLetterQueue", Message.EVENT_DEAD_LETTER_QUEUE, dlq,
                        function.name(), "is an existing queue, whose policy Sluice does not replace");
            }
        }
    }
}
