package dev.sluice.processor.trigger;

import com.palantir.javapoet.JavaFile;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.Trigger;
import dev.sluice.processor.parse.PayloadTypes;
import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Everything the processor knows about one kind of trigger: its annotation, how it is checked and read, the
 * handler it gets, its part of the descriptor and its sample event. The processor holds one list of plug-ins ({@link Triggers}) and asks
 * it, never a trigger's name; {@code TriggersTest} fails the build when a trigger model or a trigger annotation
 * has no plug-in.
 *
 * @param <T> the trigger's model
 */
public interface TriggerPlugin<T extends Trigger> {

    /** The annotation on a method that makes it a function with this trigger. */
    Class<? extends Annotation> annotation();

    /** Whether the generated handler answers with the method's return value; else the method must be void. */
    default boolean answers() {
        return false;
    }

    /** The model {@link #read} builds. */
    Class<T> model();

    /**
     * Reads the annotation and the method's shape once, reporting each problem on the attribute at fault; the
     * model, only when {@code report} is clean (earlier reports on the method count too).
     */
    Optional<T> read(ExecutableElement method, PayloadTypes payloads, Report report);

    /**
     * Checks that what the generated handler calls is on the class path (an SDK client, say), reporting on
     * {@code method}. Most triggers need nothing beyond the runtime.
     */
    default void checkClasspath(ExecutableElement method, FunctionModel function, T trigger, Elements elements,
            Report report) {}

    /** The Lambda handler of {@code function}. */
    JavaFile generate(FunctionModel function, T trigger, boolean snapStart);

    /**
     * Its part of the function's descriptor: the framework event, the role's statements for the trigger, any
     * resources of its own, and what it needs from the pipeline's declared resources.
     */
    TriggerSpec describe(FunctionModel function, T trigger, Refs refs);

    /**
     * Its settings for the local tools ({@code sluice/pipeline.json}), in the annotation's words: {@code kind}
     * first, then what a local run needs to deliver events as AWS would.
     */
    java.util.Map<String, Object> local(FunctionModel function, T trigger);

    /**
     * An event in the shape this trigger delivers, filled with the function's own resources and values shaped like
     * its records, as JSON.
     */
    String sampleEvent(FunctionModel function, T trigger, PipelineModel pipeline);
}
