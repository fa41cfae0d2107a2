package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.Pipeline;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.step.ElementLocator;
import dev.sluice.processor.validate.Suggestions;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where a module-wide rule reports: on the annotation attribute at fault, in whichever class it is, found again
 * from the model after the last round.
 */
public final class Diagnostics {

    private final ElementLocator locator;
    private final Report report;

    public Diagnostics(ElementLocator locator, Report report) {
        this.locator = locator;
        this.report = report;
    }

    /** The method of {@code function}, when it is still in this compilation. */
    Optional<ExecutableElement> method(FunctionModel function) {
        return locator.method(function.origin());
    }

    Report report() {
        return report;
    }

    /** An error on {@code attribute} of {@code annotation} on {@code function}'s method. */
    void on(FunctionModel function, Class<? extends Annotation> annotation, String attribute, Message message,
            Object... args) {
        method(function).ifPresent(method -> {
            AnnotationMirror mirror = Annotations.mirror(method, annotation).orElse(null);
            report.error(method, mirror, Annotations.written(mirror, attribute), message, args);
        });
    }

    /** A warning on {@code attribute} of {@code annotation} on {@code function}'s method. */
    void warnOn(FunctionModel function, Class<? extends Annotation> annotation, String attribute, Message message,
            Object... args) {
        method(function).ifPresent(method -> {
            AnnotationMirror mirror = Annotations.mirror(method, annotation).orElse(null);
            report.warning(method, mirror, Annotations.written(mirror, attribute), message, args);
        });
    }

    /** An error on attribute {@code attribute} of the {@code index}-th resource in {@code @Pipeline(kind = ...)}. */
    void onPipelineResource(PipelineModel pipeline, String kind, int index, String attribute, Message message,
            Object... args) {
        Optional<TypeElement> type = locator.type(pipeline.declaringClass().canonicalName());
        type.ifPresent(element -> {
            AnnotationMirror mirror = Annotations.mirror(element, Pipeline.class).orElse(null);
            AnnotationValue nested = Annotations.at(Annotations.elements(mirror, kind), index);
            report.error(element, mirror, Annotations.attribute(nested, attribute), message, args);
        });
    }

    /** An error on the {@code @Pipeline} annotation itself. */
    void onPipeline(PipelineModel pipeline, Message message, Object... args) {
        locator.type(pipeline.declaringClass().canonicalName()).ifPresent(element ->
                report.error(element, Annotations.mirror(element, Pipeline.class).orElse(null), null, message, args));
    }

    /** {@code [a, b]}, or {@code none}. */
    public static String listed(List<String> names) {
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code  Did you mean "x"?} for the closest of {@code candidates}, or nothing. */
    public static String didYouMean(String name, List<String> candidates) {
        return Suggestions.closest(name, candidates).map(s -> " Did you mean \"" + s + "\"?").orElse("");
    }
}
