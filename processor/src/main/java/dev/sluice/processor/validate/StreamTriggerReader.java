package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnStream;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.StreamShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @OnStream} method once, checking its parameter and the event source mapping's settings as it
 * reads.
 */
public final class StreamTriggerReader {

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<StreamTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnStream stream = method.getAnnotation(OnStream.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnStream.class).orElseThrow();
        StreamShapes.itemType(method).ifPresent(item -> {
            String problem = SqsTriggerReader.payloadProblem(item);
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
        if (!report.isClean()) {
            return Optional.empty();
        }
        TypeMirror item = StreamShapes.itemType(method).orElse(null); // null: the raw record
        List<OnStream.ChangeType> events = new ArrayList<>();
        for (OnStream.ChangeType event : stream.events()) {
            if (!events.contains(event)) {
                events.add(event);
            }
        }
        events.sort(null);
        return Optional.of(new StreamTrigger(stream.table(), stream.startingPosition(), stream.batchSize(),
                stream.maxBatchingWindowSeconds(), stream.images(), List.copyOf(events), stream.bisectOnError(),
                stream.maximumRetryAttempts() < 0 ? null : stream.maximumRetryAttempts(),
                stream.maximumRecordAgeSeconds() < 0 ? null : stream.maximumRecordAgeSeconds(),
                stream.parallelizationFactor(), stream.onFailure().isEmpty() ? null : stream.onFailure(),
                item == null ? null : TypeName.get(item),
                item == null ? null : payloads.decoderFor(item).orElse(null)));
    }

    private static void range(ExecutableElement method, AnnotationMirror mirror, Report report, String attribute,
            int value, int min, int max, String rule) {
        if (value < min || value > max) {
            report.error(method, mirror, Annotations.written(mirror, attribute), Message.STREAM_SETTING, attribute,
                    value, rule);
        }
    }
}
