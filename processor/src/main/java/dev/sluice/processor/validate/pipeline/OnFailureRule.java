package dev.sluice.processor.validate.pipeline;

import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import java.lang.annotation.Annotation;
import java.util.List;

/** On-failure destinations, of asynchronous triggers and of stream mappings: a declared, standard queue. */
public final class OnFailureRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            String onFailure = function.trigger().onFailure();
            if (onFailure == null) {
                continue;
            }
            Class<? extends Annotation> annotation = function.triggerAnnotation();
            if (pipeline.queue(onFailure).isEmpty()) {
                List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
                diagnostics.on(function, annotation, "onFailure", Message.ON_FAILURE_UNDECLARED, onFailure,
                        pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                        Diagnostics.didYouMean(onFailure, declared), onFailure);
            } else if (pipeline.queue(onFailure).orElseThrow().fifo()) {
                // Lambda accepts the configuration, then fails every delivery (DestinationDeliveryFailures).
                diagnostics.on(function, annotation, "onFailure", Message.ON_FAILURE_FIFO, onFailure, function.name());
            }
        }
    }
}
