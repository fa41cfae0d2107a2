package dev.sluice.processor.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnEvent;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.EventRuleResource;
import dev.sluice.processor.descriptor.spec.Permission;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.EventHandlerGenerator;
import dev.sluice.processor.model.EventTrigger;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.EventTriggerReader;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code @OnEvent}: a method called for each event on an EventBridge bus that matches a pattern (asynchronous
 * invocations). Sluice writes the rule itself rather than through the framework's {@code eventBridge} event, which
 * would neither write the dead-letter queue's policy (so undeliverable events would be dropped) nor keep the pattern
 * from its custom resource's deploy-time checks.
 */
final class EventPlugin implements TriggerPlugin<EventTrigger> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final EventTriggerReader reader = new EventTriggerReader();
    private final EventHandlerGenerator generator;

    EventPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new EventHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnEvent.class;
    }

    @Override
    public Class<EventTrigger> model() {
        return EventTrigger.class;
    }

    @Override
    public Optional<EventTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, EventTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    /**
     * The rule, targeting the function with EventBridge's retry policy and dead-letter queue, and the permission
     * letting exactly that rule invoke it; a dead-letter queue's policy statement is asked of the queue. The role
     * needs nothing: EventBridge invokes the function.
     */
    @Override
    public TriggerSpec describe(FunctionModel function, EventTrigger event, Refs refs) {
        String ruleId = Names.eventRuleId(function.name());
        Object target = refs.invocationTarget(function);
        List<String> summary = new ArrayList<>();
        summary.add("receives events on bus " + event.bus() + " matching its pattern");
        List<Demand> demands = new ArrayList<>();
        Object deadLetterArn = null;
        if (event.deadLetterQueue() != null) {
            deadLetterArn = refs.queueArn(event.deadLetterQueue());
            demands.add(new Demand.QueueSender(event.deadLetterQueue(), Names.pascal(function.name()) + "EventRule",
                    "events.amazonaws.com", refs.getAtt(ruleId)));
            summary.add("sends what EventBridge cannot deliver to queue " + event.deadLetterQueue());
        }
        return new TriggerSpec(summary, null, List.of(),
                List.of(new EventRuleResource(ruleId, refs.eventBusName(event.bus()), Yaml.fromJson(event.pattern()),
                                function.name(), target, event.deliveryRetryAttempts(), event.maximumEventAgeSeconds(),
                                deadLetterArn),
                        new Permission(Names.eventPermissionId(function.name()), target, "events.amazonaws.com",
                                false, refs.getAtt(ruleId))),
                demands);
    }

    @Override
    public Map<String, Object> local(FunctionModel function, EventTrigger event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "event");
        out.put("bus", event.bus());
        out.put("pattern", event.pattern());
        out.put("deadLetterQueue", event.deadLetterQueue());
        out.put("maximumRetryAttempts", event.maximumRetryAttempts());
        out.put("onFailure", event.onFailure());
        return out;
    }

    /** An event the rule matches: source, detail-type and detail set to values the pattern accepts. */
    @Override
    public String sampleEvent(FunctionModel function, EventTrigger trigger, PipelineModel pipeline) {
        JsonNode pattern = parse(trigger.pattern());
        if (pattern.path("$or").isArray() && pattern.path("$or").size() > 0) {
            pattern = pattern.path("$or").get(0); // one branch is enough to match
        }
        ObjectNode detail = trigger.decoder() == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) parse(SampleJson.of(trigger.decoder()));
        if (pattern.path("detail").isObject()) {
            PatternSamples.overlay(detail, pattern.path("detail"));
        }
        return Templates.fill("events/eventbridge.json", Map.of(
                "source", value(pattern.path("source"), "sluice.sample"),
                "detailType", value(pattern.path("detail-type"), "Sample"),
                "detail", detail.toString()));
    }

    /** A JSON string the rule's values for a field accept, or {@code fallback} when the pattern leaves it open. */
    private static String value(JsonNode rule, String fallback) {
        JsonNode value = rule.isMissingNode() ? null : PatternSamples.matching(rule);
        return JsonNodeFactory.instance.textNode(value == null ? fallback : value.asText()).toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked when read: " + json, e);
        }
    }
}
