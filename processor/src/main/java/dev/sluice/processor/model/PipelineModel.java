package dev.sluice.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The pipeline declaration of a module: service name, defaults and declared resources.
 *
 * @param declaringClass the class annotated with {@code @Pipeline}
 */
public record PipelineModel(
        ClassName declaringClass,
        String service,
        String runtime,
        String region,
        String stage,
        int memoryMb,
        int timeoutSeconds,
        List<QueueModel> queues) {}
