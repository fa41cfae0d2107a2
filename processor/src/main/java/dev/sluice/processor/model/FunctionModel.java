package dev.sluice.processor.model;

import com.palantir.javapoet.ClassName;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * One Lambda function: a trigger method, its settings and the handler generated for it.
 *
 * @param name the function's name in the descriptor
 * @param userClass the class declaring the method; the handler creates one instance of it per container
 * @param method the method's simple name
 * @param handler the generated handler class
 * @param memoryMb memory, or null for the pipeline's default
 * @param timeoutSeconds timeout, or null for the pipeline's default
 * @param reservedConcurrency reserved concurrency, or null for none
 * @param ephemeralStorageMb the size of /tmp, or null for Lambda's default
 * @param description the console description, possibly empty
 * @param environment environment variables, in declaration order
 * @param timeoutMarginMillis the timeout guard's margin
 * @param snapStart SnapStart for this function, or null for the pipeline's default
 * @param triggerAnnotation the annotation that makes the method a function, e.g. {@code OnSqs}
 * @param trigger what its trigger's plug-in read from that annotation
 * @param grants what the code does with the pipeline's resources, in declaration order
 * @param statements raw IAM statements (the escape hatch)
 * @param origin the annotated method, for diagnostics in later rounds
 */
public record FunctionModel(
        String name,
        ClassName userClass,
        String method,
        ClassName handler,
        Integer memoryMb,
        Integer timeoutSeconds,
        Integer reservedConcurrency,
        Integer ephemeralStorageMb,
        String description,
        Map<String, String> environment,
        long timeoutMarginMillis,
        Boolean snapStart,
        Class<? extends Annotation> triggerAnnotation,
        Trigger trigger,
        List<Grant> grants,
        List<IamStatementModel> statements,
        MethodRef origin) {

    /** The handler string AWS's Java runtime is configured with. */
    public String handlerReference() {
        return handler.canonicalName() + "::handleRequest";
    }

    /** The timeout in force: this function's own, or the pipeline's default as its trigger takes it. */
    public int effectiveTimeoutSeconds(PipelineModel pipeline) {
        return timeoutSeconds != null ? timeoutSeconds : trigger.defaultTimeoutSeconds(pipeline.timeoutSeconds());
    }

    /**
     * Whether SnapStart is on: this function's choice, or the pipeline's default. {@code pipeline} may be null
     * while a round has not met the {@code @Pipeline} yet (SnapStart is then off unless the function asks).
     */
    public boolean effectiveSnapStart(PipelineModel pipeline) {
        return snapStart != null ? snapStart : pipeline != null && pipeline.snapStart();
    }

    /** The memory in force: this function's own, or the pipeline's default. */
    public int effectiveMemoryMb(PipelineModel pipeline) {
        return memoryMb != null ? memoryMb : pipeline.memoryMb();
    }
}
