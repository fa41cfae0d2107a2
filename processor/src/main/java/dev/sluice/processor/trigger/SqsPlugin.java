package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.SqsHandlerGenerator;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.QueueRef;
import dev.sluice.processor.model.SqsShape;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.SqsShapes;
import dev.sluice.processor.validate.SqsTriggerValidator;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** {@code @OnSqs}: a method called for each message of an SQS queue, with partial batch responses. */
final class SqsPlugin implements TriggerPlugin<SqsTrigger> {

    private final SqsTriggerValidator validator = new SqsTriggerValidator();
    private final SqsHandlerGenerator generator;

    SqsPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new SqsHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnSqs.class;
    }

    @Override
    public Class<SqsTrigger> model() {
        return SqsTrigger.class;
    }

    @Override
    public void validate(ExecutableElement method, Report report) {
        validator.validate(method, report);
    }

    @Override
    public SqsTrigger parse(ExecutableElement method, PayloadTypes payloads) {
        OnSqs sqs = method.getAnnotation(OnSqs.class);
        SqsShape shape = SqsShapes.of(method).orElseThrow();
        QueueRef queue = sqs.queue().isEmpty() ? QueueRef.existing(sqs.queueArn()) : QueueRef.declared(sqs.queue());
        TypeName payload = shape.decodes() ? TypeName.get(SqsShapes.payloadType(method)) : null;
        DecoderModel decoder = shape.decodes()
                ? payloads.decoderFor(SqsShapes.payloadType(method)).orElse(null)
                : null;
        return new SqsTrigger(queue, sqs.batchSize(), sqs.maxBatchingWindowSeconds(),
                sqs.maximumConcurrency() == 0 ? null : sqs.maximumConcurrency(), sqs.failOnUnknownProperties(), shape,
                payload, decoder);
    }

    @Override
    public JavaFile generate(FunctionModel function, SqsTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public String sampleEvent(FunctionModel function, SqsTrigger trigger) {
        String body = trigger.shape().decodes() ? "{}" : "sample message";
        return Templates.fill("events/sqs.json", Map.of(
                "body", "\"" + body + "\"",
                "queue", trigger.queue().name(),
                "groupAttributes", trigger.queue().fifo()
                        ? ",\n        \"MessageGroupId\": \"group-1\",\n        \"MessageDeduplicationId\": \"dedup-1\""
                        : ""));
    }
}
