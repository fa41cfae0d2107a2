package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnStream;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.StreamHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.StreamShapes;
import dev.sluice.processor.validate.StreamTriggerValidator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** {@code @OnStream}: a method called for each change to a DynamoDB table, in stream order. */
final class StreamPlugin implements TriggerPlugin<StreamTrigger> {

    private final StreamTriggerValidator validator = new StreamTriggerValidator();
    private final StreamHandlerGenerator generator;

    StreamPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new StreamHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnStream.class;
    }

    @Override
    public Class<StreamTrigger> model() {
        return StreamTrigger.class;
    }

    @Override
    public void validate(ExecutableElement method, Report report) {
        validator.validate(method, report);
    }

    @Override
    public StreamTrigger parse(ExecutableElement method, PayloadTypes payloads) {
        OnStream stream = method.getAnnotation(OnStream.class);
        TypeMirror item = StreamShapes.itemType(method).orElse(null); // null: the raw record
        List<OnStream.ChangeType> events = new ArrayList<>();
        for (OnStream.ChangeType event : stream.events()) {
            if (!events.contains(event)) {
                events.add(event);
            }
        }
        events.sort(null);
        return new StreamTrigger(stream.table(), stream.startingPosition(), stream.batchSize(),
                stream.maxBatchingWindowSeconds(), stream.images(), List.copyOf(events), stream.bisectOnError(),
                stream.maximumRetryAttempts() < 0 ? null : stream.maximumRetryAttempts(),
                stream.maximumRecordAgeSeconds() < 0 ? null : stream.maximumRecordAgeSeconds(),
                stream.parallelizationFactor(), stream.onFailure().isEmpty() ? null : stream.onFailure(),
                item == null ? null : TypeName.get(item),
                item == null ? null : payloads.decoderFor(item).orElse(null));
    }

    @Override
    public JavaFile generate(FunctionModel function, StreamTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public String sampleEvent(FunctionModel function, StreamTrigger trigger) {
        return Templates.fill("events/dynamodb-stream.json", Map.of("table", trigger.table()));
    }
}
