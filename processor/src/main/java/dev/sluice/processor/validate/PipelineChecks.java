package dev.sluice.processor.validate;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.step.ElementLocator;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * Rules that need the whole module: they run once every function and the pipeline are known, after the last
 * round. Each rule reports on the method at fault.
 */
public final class PipelineChecks {

    private final ElementLocator locator;

    public PipelineChecks(ElementLocator locator) {
        this.locator = locator;
    }

    /** {@code functions} sorted by name; {@code pipeline} null when the module declares none. */
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Report report) {
        if (functions.isEmpty()) {
            return;
        }
        if (pipeline == null) {
            FunctionModel first = functions.get(0);
            locator.method(first.origin()).ifPresent(method ->
                    report.error(method, Message.PIPELINE_MISSING, first.origin().type() + "." + first.method()));
            return;
        }
        Map<String, FunctionModel> byName = new HashMap<>();
        for (FunctionModel function : functions) {
            FunctionModel other = byName.putIfAbsent(function.name(), function);
            if (other != null) {
                on(function, Function.class, "name", report, Message.FUNCTION_NAME_DUPLICATE, function.name(),
                        other.origin(), function.origin());
            }
            if (function.trigger() instanceof SqsTrigger sqs) {
                checkQueue(pipeline, function, sqs, report);
            }
            int timeoutMillis = function.effectiveTimeoutSeconds(pipeline) * 1000;
            if (function.timeoutMarginMillis() < 0 || function.timeoutMarginMillis() >= timeoutMillis) {
                on(function, Function.class, "timeoutMarginMillis", report, Message.TIMEOUT_MARGIN,
                        function.timeoutMarginMillis(), timeoutMillis / 1000, timeoutMillis);
            }
        }
    }

    private void checkQueue(PipelineModel pipeline, FunctionModel function, SqsTrigger sqs, Report report) {
        if (!sqs.queue().isDeclared()) {
            return;
        }
        List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
        String name = sqs.queue().declaredName();
        if (!declared.contains(name)) {
            String suggestion = Suggestions.closest(name, declared).map(s -> " Did you mean \"" + s + "\"?").orElse("");
            on(function, OnSqs.class, "queue", report, Message.SQS_QUEUE_UNDECLARED, name,
                    pipeline.declaringClass().canonicalName(),
                    declared.isEmpty() ? "no queues" : declared.stream().collect(Collectors.joining(", ", "[", "]")),
                    suggestion, name);
        }
    }

    private void on(FunctionModel function, Class<? extends Annotation> annotation,
            String attribute, Report report, Message message, Object... args) {
        locator.method(function.origin()).ifPresent(method -> {
            AnnotationMirror mirror = Annotations.mirror(method, annotation).orElse(null);
            report.error(method, mirror, Annotations.written(mirror, attribute), message, args);
        });
    }
}
