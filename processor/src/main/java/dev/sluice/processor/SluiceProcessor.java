package dev.sluice.processor;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.Pipeline;
import dev.sluice.processor.step.ModuleStep;
import dev.sluice.processor.trigger.Triggers;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Entry point of the Sluice annotation processor. It holds no logic: {@link ModuleStep} validates each
 * annotated element, writes its handler, and checks and describes the whole module after the last round.
 */
public final class SluiceProcessor extends AbstractProcessor {

    private ModuleStep step;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        step = new ModuleStep(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new TreeSet<>(Set.of(Pipeline.class.getCanonicalName(),
                Function.class.getCanonicalName()));
        new Triggers(Optional.empty()).annotations().forEach(trigger -> supported.add(trigger.getCanonicalName()));
        ModuleStep.GRANTS.forEach(grant -> supported.add(grant.getCanonicalName()));
        return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ModuleStep.OPTIONS;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        step.process(round);
        // Other processors may read these annotations too.
        return false;
    }
}
