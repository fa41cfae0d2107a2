package dev.sluice.processor.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnEvent;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.EventTrigger;
import dev.sluice.processor.model.EventTrigger.EventShape;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.EventShapes;
import dev.sluice.processor.parse.PayloadTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @OnEvent} method once, checking as it reads: its parameters, its bus's name, its event pattern
 * (grammar and operators with Event Ruler, the event's top-level fields, EventBridge's size limits, and every detail
 * field against the record the method takes) and its retry settings. Every problem goes to the report, on the
 * attribute at fault; the model comes only from a clean read.
 */
public final class EventTriggerReader {

    /** EventBridge bus names: 1 to 256 of {@code [/.\-_A-Za-z0-9]}; Sluice keeps {@code /} out (it ends up in ARNs). */
    public static final Pattern BUS_NAME = Pattern.compile("[A-Za-z0-9._-]{1,256}");
    public static final Pattern BUS_ARN =
            Pattern.compile("arn:aws(-[a-z]+)*:events:[a-z]{2}(-[a-z]+)+-\\d:\\d{12}:event-bus/(?<name>.+)");

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<EventTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnEvent event = method.getAnnotation(OnEvent.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnEvent.class).orElseThrow();
        Optional<EventShape> shape = EventShapes.of(method);
        if (shape.isEmpty()) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.EVENT_SHAPE, Annotations.describe(method), parameters);
        } else if (shape.get().decodes()) {
            SqsTriggerReader.checkPayload(method, report);
        }
        if (!event.bus().equals(EventBusModel.DEFAULT) && !BUS_NAME.matcher(event.bus()).matches()) {
            report.error(method, mirror, Annotations.written(mirror, "bus"), Message.EVENT_BUS_NAME, event.bus());
        }
        TypeMirror payload = shape.isPresent() && shape.get().decodes() ? method.getParameters().get(0).asType()
                : null;
        DecoderModel decoder = payload == null || !report.isClean() ? null : payloads.decoderFor(payload).orElse(null);
        String pattern = pattern(method, mirror, event, decoder, report);
        int delivery = event.deliveryRetryAttempts();
        if (delivery != -1 && (delivery < 0 || delivery > 185)) {
            report.error(method, mirror, Annotations.written(mirror, "deliveryRetryAttempts"),
                    Message.EVENT_RETRY_POLICY, "deliveryRetryAttempts", delivery, "0 to 185 retries");
        }
        int age = event.maximumEventAgeSeconds();
        if (age != -1 && (age < 60 || age > 86_400)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumEventAgeSeconds"),
                    Message.EVENT_RETRY_POLICY, "maximumEventAgeSeconds", age, "60 to 86400 seconds");
        }
        int retries = event.maximumRetryAttempts();
        if (retries != -1 && (retries < 0 || retries > 2)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumRetryAttempts"), Message.RETRY_ATTEMPTS,
                    retries);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new EventTrigger(event.bus(), pattern, delivery < 0 ? null : delivery,
                age < 0 ? null : age, emptyToNull(event.deadLetterQueue()), retries < 0 ? null : retries,
                emptyToNull(event.onFailure()), event.failOnUnknownProperties(), shape.get(),
                payload == null ? null : TypeName.get(payload), decoder));
    }

    /** The rule's pattern as compact JSON, or null after reporting what is wrong with it. */
    private static String pattern(ExecutableElement method, AnnotationMirror mirror, OnEvent event,
            DecoderModel decoder, Report report) {
        boolean whole = !event.pattern().isBlank();
        boolean parts = event.source().length > 0 || event.detailType().length > 0 || !event.detail().isBlank();
        if (whole == parts) {
            report.error(method, mirror, null, Message.EVENT_PATTERN_SOURCE, method.getSimpleName(), whole
                    ? "sets pattern together with source, detailType or detail" : "sets no pattern at all");
            return null;
        }
        String attribute = whole ? "pattern" : "detail";
        AnnotationValue at = Annotations.written(mirror, attribute);
        String text;
        if (whole) {
            text = event.pattern().strip();
        } else {
            JsonNode detail = null;
            if (!event.detail().isBlank()) {
                EventPatterns.Result<JsonNode> parsed = EventPatterns.object(event.detail());
                if (parsed.problem() != null) {
                    report.error(method, mirror, at, Message.EVENT_PATTERN, "detail", parsed.problem());
                    return null;
                }
                detail = parsed.value();
            }
            text = EventPatterns.compose(event.source(), event.detailType(), detail);
        }
        EventPatterns.Result<JsonNode> root = EventPatterns.object(text);
        if (root.problem() != null) {
            report.error(method, mirror, at, Message.EVENT_PATTERN, attribute, root.problem());
            return null;
        }
        Optional<String> grammar = EventPatterns.grammar(text);
        if (grammar.isPresent()) {
            report.error(method, mirror, at, Message.EVENT_PATTERN, attribute, grammar.get());
            return null;
        }
        Optional<String> unknown = EventPatterns.unknownTopField(root.value());
        if (unknown.isPresent()) {
            report.error(method, mirror, at, Message.EVENT_PATTERN_TOP_FIELD, unknown.get());
            return null;
        }
        String compact = root.value().toString();
        if (compact.length() > EventPatterns.MAX_LENGTH) {
            report.error(method, mirror, at, Message.EVENT_PATTERN_SIZE, compact.length(), EventPatterns.MAX_LENGTH);
            return null;
        }
        if (compact.length() > EventPatterns.DEFAULT_QUOTA) {
            report.warning(method, mirror, at, Message.EVENT_PATTERN_QUOTA, compact.length());
        }
        if (decoder != null) {
            List<JsonNode> details = new ArrayList<>(EventPatterns.details(root.value()));
            for (JsonNode detail : details) {
                Optional<FilterPolicies.UnknownField> missing = FilterPolicies.unknownField(detail, decoder);
                if (missing.isPresent()) {
                    report.error(method, mirror, at, Message.EVENT_PATTERN_FIELD, missing.get().path(),
                            missing.get().record(), missing.get().fields(), missing.get().suggestion());
                    return null;
                }
            }
        }
        return compact;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
