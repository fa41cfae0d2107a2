package dev.sluice.processor.trigger;

import static dev.sluice.processor.descriptor.Yaml.map;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Permissions;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.FrameworkEvent;
import dev.sluice.processor.descriptor.spec.Statement;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.SqsHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.SqsTriggerReader;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** {@code @OnSqs}: a method called for each message of an SQS queue, with partial batch responses. */
final class SqsPlugin implements TriggerPlugin<SqsTrigger> {

    private final SqsTriggerReader reader = new SqsTriggerReader();
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
    public Optional<SqsTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, SqsTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public TriggerSpec describe(FunctionModel function, SqsTrigger sqs, Refs refs) {
        Mapping event = map()
                .put("arn", refs.queueArn(sqs.queue()))
                .put("batchSize", sqs.batchSize());
        if (sqs.maxBatchingWindowSeconds() > 0) {
            event.put("maximumBatchingWindow", sqs.maxBatchingWindowSeconds());
        }
        event.put("maximumConcurrency", sqs.maximumConcurrency());
        // The generated handler reports failed messages; without this Lambda would ignore the report.
        event.put("functionResponseType", "ReportBatchItemFailures");
        Statement receive = new Statement("Receive" + Names.pascal(sqs.queue().name()) + "Trigger",
                Permissions.SQS_TRIGGER, List.of(refs.queueArn(sqs.queue())));
        List<Demand> demands = sqs.queue().isDeclared()
                ? List.of(new Demand.QueueConsumer(sqs.queue().declaredName(),
                        sqs.recommendedVisibilityTimeout(function.effectiveTimeoutSeconds(refs.pipeline()))))
                : List.of();
        // The framework creates the event source mapping.
        return new TriggerSpec(List.of("receives from queue " + sqs.queue().name() + " (trigger)"),
                new FrameworkEvent("sqs", event, 1), List.of(receive), List.of(), demands);
    }

    @Override
    public Map<String, Object> local(FunctionModel function, SqsTrigger sqs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "sqs");
        out.put("queue", sqs.queue().isDeclared() ? sqs.queue().declaredName() : null);
        out.put("queueArn", sqs.queue().isDeclared() ? null : sqs.queue().arn());
        out.put("fifo", sqs.queue().fifo());
        out.put("batchSize", sqs.batchSize());
        out.put("maxBatchingWindowSeconds", sqs.maxBatchingWindowSeconds());
        out.put("maximumConcurrency", sqs.maximumConcurrency());
        return out;
    }

    @Override
    public String sampleEvent(FunctionModel function, SqsTrigger trigger, PipelineModel pipeline) {
        // A body shaped like the payload record, so that an invocation with the sample reaches the method.
        String body = !trigger.shape().decodes() ? "sample message"
                : trigger.decoder() == null ? "{}" : SampleJson.of(trigger.decoder());
        return Templates.fill("events/sqs.json", Map.of(
                "body", SampleJson.quote(body),
                "queue", trigger.queue().name(),
                "groupAttributes", trigger.queue().fifo()
                        ? ",\n        \"MessageGroupId\": \"group-1\",\n        \"MessageDeduplicationId\": \"dedup-1\""
                        : ""));
    }
}
