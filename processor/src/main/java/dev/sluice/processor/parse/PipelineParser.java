package dev.sluice.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** Builds the model of a {@code @Pipeline} class that validated cleanly. */
public final class PipelineParser {

    public PipelineModel parse(TypeElement type) {
        Pipeline pipeline = type.getAnnotation(Pipeline.class);
        List<QueueModel> queues = new ArrayList<>();
        for (Queue queue : pipeline.queues()) {
            queues.add(new QueueModel(
                    queue.name(),
                    queue.visibilityTimeoutSeconds() < 0 ? null : queue.visibilityTimeoutSeconds(),
                    queue.maxReceiveCount()));
        }
        return new PipelineModel(
                ClassName.get(type),
                pipeline.service(),
                pipeline.runtime().identifier(),
                pipeline.region(),
                pipeline.stage(),
                pipeline.memoryMb(),
                pipeline.timeoutSeconds(),
                List.copyOf(queues));
    }
}
