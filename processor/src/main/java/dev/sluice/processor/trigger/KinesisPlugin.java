package dev.sluice.processor.trigger;

import static dev.sluice.processor.descriptor.Yaml.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnKinesis;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Permissions;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.spec.EventSourceMappingResource;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.Statement;
import dev.sluice.processor.descriptor.spec.StreamConsumerResource;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.KinesisHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.KinesisTrigger;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.KinesisTriggerReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code @OnKinesis}: a method called for the records of a Kinesis data stream. Sluice writes the event source mapping
 * itself rather than through the framework's {@code stream} event, which drops {@code startingPositionTimestamp}
 * unless a consumer is set and grants the stream's read permissions only to its shared role, which Sluice never uses:
 * the function's own role gets exactly the reads on that stream (and {@code kinesis:SubscribeToShard} on its
 * enhanced fan-out consumer).
 */
final class KinesisPlugin implements TriggerPlugin<KinesisTrigger> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KinesisTriggerReader reader = new KinesisTriggerReader();
    private final KinesisHandlerGenerator generator;

    KinesisPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new KinesisHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnKinesis.class;
    }

    @Override
    public Class<KinesisTrigger> model() {
        return KinesisTrigger.class;
    }

    @Override
    public Optional<KinesisTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, KinesisTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public TriggerSpec describe(FunctionModel function, KinesisTrigger kinesis, Refs refs) {
        Object streamArn = refs.kinesisStreamArn(kinesis.stream());
        String name = Names.pascal(kinesis.stream().name());
        List<String> summary = new ArrayList<>();
        summary.add("reads Kinesis stream " + kinesis.stream().name()
                + (kinesis.enhancedFanOut() ? " through its own enhanced fan-out consumer" : "") + " (trigger)");
        List<Statement> statements = new ArrayList<>();
        statements.add(new Statement("Read" + name + "KinesisTrigger", Permissions.KINESIS_TRIGGER,
                List.of(streamArn)));
        List<Resource> resources = new ArrayList<>();
        Object source = streamArn;
        if (kinesis.enhancedFanOut()) {
            String consumerId = Names.kinesisConsumerId(function.name());
            resources.add(new StreamConsumerResource(consumerId, Names.physical(function.name()), streamArn));
            source = map("Fn::GetAtt", List.of(consumerId, "ConsumerARN"));
            statements.add(new Statement("SubscribeTo" + name + "Consumer", Permissions.KINESIS_CONSUMER,
                    List.of(source)));
        }
        if (kinesis.onFailure() != null) {
            summary.add("sends dropped records to queue " + kinesis.onFailure());
        }
        resources.add(new EventSourceMappingResource(Names.kinesisMappingId(function.name()),
                Names.roleId(function.name()), refs.invocationTarget(function), source,
                kinesis.startingPosition().name(), kinesis.startingPositionTimestamp() == null ? null
                        : kinesis.startingPositionTimestamp().getEpochSecond(),
                kinesis.batchSize(), kinesis.maxBatchingWindowSeconds(), kinesis.parallelizationFactor(),
                kinesis.bisectOnError(), kinesis.maximumRetryAttempts(), kinesis.maximumRecordAgeSeconds(),
                kinesis.onFailure() == null ? null : refs.queueArn(kinesis.onFailure()),
                kinesis.filter() == null ? null : "{\"data\":" + kinesis.filter() + "}"));
        return new TriggerSpec(summary, null, statements, resources, List.of());
    }

    @Override
    public Map<String, Object> local(FunctionModel function, KinesisTrigger kinesis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "kinesis");
        out.put("stream", kinesis.stream().isDeclared() ? kinesis.stream().declaredName() : null);
        out.put("streamArn", kinesis.stream().isDeclared() ? null : kinesis.stream().arn());
        out.put("startingPosition", kinesis.startingPosition().name());
        out.put("batchSize", kinesis.batchSize());
        out.put("maxBatchingWindowSeconds", kinesis.maxBatchingWindowSeconds());
        out.put("bisectOnError", kinesis.bisectOnError());
        out.put("maximumRetryAttempts", kinesis.maximumRetryAttempts());
        out.put("maximumRecordAgeSeconds", kinesis.maximumRecordAgeSeconds());
        out.put("parallelizationFactor", kinesis.parallelizationFactor());
        out.put("onFailure", kinesis.onFailure());
        out.put("filter", kinesis.filter() == null ? null : "{\"data\":" + kinesis.filter() + "}");
        return out;
    }

    /** One record whose data is shaped like the payload and matches the filter. */
    @Override
    public String sampleEvent(FunctionModel function, KinesisTrigger trigger, PipelineModel pipeline) {
        String data;
        if (trigger.decoder() != null || trigger.filter() != null) {
            ObjectNode document = trigger.decoder() == null ? JsonNodeFactory.instance.objectNode()
                    : (ObjectNode) parse(SampleJson.of(trigger.decoder()));
            if (trigger.filter() != null) {
                PatternSamples.overlay(document, parse(trigger.filter()));
            }
            data = document.toString();
        } else {
            data = trigger.shape().decodes() ? "{}" : "sample data";
        }
        return Templates.fill("events/kinesis.json", Map.of(
                "stream", trigger.stream().name(),
                "data", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8))));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked when read: " + json, e);
        }
    }
}
