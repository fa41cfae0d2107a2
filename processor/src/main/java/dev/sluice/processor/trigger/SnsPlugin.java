package dev.sluice.processor.trigger;

import static dev.sluice.processor.descriptor.Yaml.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnSns;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.descriptor.spec.FrameworkEvent;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.SnsHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.SnsTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.SnsTriggerReader;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** {@code @OnSns}: a method called for each message published to an SNS topic (asynchronous invocations). */
final class SnsPlugin implements TriggerPlugin<SnsTrigger> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final SnsTriggerReader reader = new SnsTriggerReader();
    private final SnsHandlerGenerator generator;

    SnsPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new SnsHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnSns.class;
    }

    @Override
    public Class<SnsTrigger> model() {
        return SnsTrigger.class;
    }

    @Override
    public Optional<SnsTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, SnsTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    /**
     * The framework's {@code sns} event: it creates the subscription and SNS's invoke permission, and with a
     * dead-letter queue the queue policy that lets the topic send to it. The role needs nothing: SNS invokes the
     * function.
     */
    @Override
    public TriggerSpec describe(FunctionModel function, SnsTrigger sns, Refs refs) {
        Mapping event = map().put("arn", refs.topicArn(sns.topic()));
        if (sns.topic().isDeclared()) {
            // With an intrinsic ARN the framework cannot derive the topic's name, which it needs for its ids.
            event.put("topicName", Names.physical(sns.topic().declaredName()));
        }
        List<String> summary = new ArrayList<>();
        summary.add("receives messages published to topic " + sns.topic().name()
                + (sns.filterPolicy() == null ? "" : " matching its filter policy"));
        if (sns.filterPolicy() != null) {
            event.put("filterPolicy", Yaml.fromJson(sns.filterPolicy()));
            event.put("filterPolicyScope", sns.filterPolicyScope().value());
        }
        int resources = 2; // the subscription and SNS's invoke permission
        if (sns.deadLetterQueue() != null) {
            QueueModel queue = refs.pipeline().queue(sns.deadLetterQueue()).orElseThrow();
            event.put("redrivePolicy", queue.created()
                    ? map("deadLetterTargetRef", Names.queueId(queue.name()))
                    : map("deadLetterTargetArn", queue.arn()));
            summary.add("sends what SNS cannot deliver to queue " + queue.name());
            resources++; // the queue policy letting the topic send to it
        }
        return new TriggerSpec(summary, new FrameworkEvent("sns", event, resources), List.of(), List.of(),
                List.of());
    }

    @Override
    public Map<String, Object> local(FunctionModel function, SnsTrigger sns) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "sns");
        out.put("topic", sns.topic().isDeclared() ? sns.topic().declaredName() : null);
        out.put("topicArn", sns.topic().isDeclared() ? null : sns.topic().arn());
        out.put("filterPolicy", sns.filterPolicy());
        out.put("filterPolicyScope", sns.filterPolicyScope().value());
        out.put("deadLetterQueue", sns.deadLetterQueue());
        out.put("maximumRetryAttempts", sns.maximumRetryAttempts());
        out.put("onFailure", sns.onFailure());
        return out;
    }

    /** A notification the subscription would deliver: the message shaped like the payload, and matching the policy. */
    @Override
    public String sampleEvent(FunctionModel function, SnsTrigger trigger, PipelineModel pipeline) {
        JsonNode policy = trigger.filterPolicy() == null ? null : parse(trigger.filterPolicy());
        boolean body = policy != null && trigger.filterPolicyScope() == OnSns.FilterPolicyScope.MESSAGE_BODY;
        String message;
        if (trigger.shape().decodes() || body) {
            JsonNode document = trigger.decoder() == null ? JsonNodeFactory.instance.objectNode()
                    : parse(SampleJson.of(trigger.decoder()));
            if (body && document instanceof ObjectNode object) {
                PatternSamples.overlay(object, policy);
            }
            message = document.toString();
        } else {
            message = "sample message";
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        if (policy != null && !body) {
            Iterator<Map.Entry<String, JsonNode>> fields = policy.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = PatternSamples.matching(field.getValue());
                if (value != null && !field.getKey().equals("$or")) {
                    attributes.putObject(field.getKey()).put("Type", value.isNumber() ? "Number" : "String")
                            .put("Value", value.asText());
                }
            }
        }
        return Templates.fill("events/sns.json", Map.of(
                "topic", trigger.topic().name(),
                "message", SampleJson.quote(message),
                "attributes", attributes.toString()));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked when read: " + json, e);
        }
    }
}
