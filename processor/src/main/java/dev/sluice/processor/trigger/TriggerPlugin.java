package dev.sluice.processor.trigger;

import com.palantir.javapoet.JavaFile;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Trigger;
import dev.sluice.processor.parse.PayloadTypes;
import java.lang.annotation.Annotation;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Everything the processor knows about one kind of trigger: its annotation, how it is checked and read, the
 * handler it gets, and its sample event. The processor holds one list of plug-ins ({@link Triggers}) and asks
 * it, never a trigger's name; {@code TriggersTest} fails the build when a trigger model or a trigger annotation
 * has no plug-in.
 *
 * @param <T> the trigger's model
 */
public interface TriggerPlugin<T extends Trigger> {

    /** The annotation on a method that makes it a function with this trigger. */
    Class<? extends Annotation> annotation();

    /** The model {@link #parse} builds. */
    Class<T> model();

    /** Checks the annotation and the method's shape, reporting on the attribute at fault. */
    void validate(ExecutableElement method, Report report);

    /** Reads a method whose report was clean. */
    T parse(ExecutableElement method, PayloadTypes payloads);

    /**
     * Checks that what the generated handler calls is on the class path (an SDK client, say), reporting on
     * {@code method}. Most triggers need nothing beyond the runtime.
     */
    default void checkClasspath(ExecutableElement method, FunctionModel function, T trigger, Elements elements,
            Report report) {}

    /** The Lambda handler of {@code function}. */
    JavaFile generate(FunctionModel function, T trigger, boolean snapStart);

    /** An event in the shape this trigger delivers, filled with the function's own resources, as JSON. */
    String sampleEvent(FunctionModel function, T trigger);
}
