package dev.sluice.processor.validate;

import dev.sluice.annotations.OnStream;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.StreamShapes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Checks an {@code @OnStream} method on its own: its parameter and the event source mapping's settings. */
public final class StreamTriggerValidator {

    public void validate(ExecutableElement method, Report report) {
        OnStream stream = method.getAnnotation(OnStream.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnStream.class).orElseThrow();
        StreamShapes.itemType(method).ifPresent(item -> {
            String problem = SqsTriggerValidator.payloadProblem(item);
            if (problem != null) {
                report.error(method.getParameters().get(0), Message.PAYLOAD_TYPE,
                        Annotations.simpleTypeName(item.toString()), Annotations.describe(method), problem);
            }
        });
        if (StreamShapes.itemType(method).isEmpty() && !StreamShapes.isRaw(method)) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.STREAM_SHAPE, Annotations.describe(method), parameters);
        }
        range(method, mirror, report, "batchSize", stream.batchSize(), 1, 10_000, "Lambda allows 1 to 10000");
        range(method, mirror, report, "maxBatchingWindowSeconds", stream.maxBatchingWindowSeconds(), 0, 300,
                "Lambda allows 0 to 300 seconds");
        range(method, mirror, report, "parallelizationFactor", stream.parallelizationFactor(), 1, 10,
                "Lambda allows 1 to 10 concurrent batches per shard");
        if (stream.maximumRetryAttempts() != -1) {
            range(method, mirror, report, "maximumRetryAttempts", stream.maximumRetryAttempts(), 0, 10_000,
                    "Lambda allows 0 to 10000, or -1 (unset) to retry until the record expires");
        }
        if (stream.maximumRecordAgeSeconds() != -1) {
            range(method, mirror, report, "maximumRecordAgeSeconds", stream.maximumRecordAgeSeconds(), 60, 604_800,
                    "Lambda allows 60 to 604800 seconds, or -1 (unset) for no limit");
        }
        if (stream.events().length == 0) {
            report.error(method, mirror, Annotations.written(mirror, "events"), Message.STREAM_EVENTS);
        }
    }

    private static void range(ExecutableElement method, AnnotationMirror mirror, Report report, String attribute,
            int value, int min, int max, String rule) {
        if (value < min || value > max) {
            report.error(method, mirror, Annotations.written(mirror, attribute), Message.STREAM_SETTING, attribute,
                    value, rule);
        }
    }
}
