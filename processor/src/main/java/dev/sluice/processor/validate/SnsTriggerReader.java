package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnSns;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.SnsTrigger;
import dev.sluice.processor.model.SnsTrigger.SnsShape;
import dev.sluice.processor.model.TopicRef;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.SnsShapes;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @OnSns} method once, checking as it reads: its parameters, its topic reference, its filter policy
 * (grammar, SNS's limits, and for a body policy the payload record's fields) and its retries. Every problem goes to
 * the report, on the attribute at fault; the model comes only from a clean read.
 */
public final class SnsTriggerReader {

    /** SNS topic names: up to 256 letters, digits, hyphens and underscores, FIFO ones ending in {@code .fifo}. */
    public static final Pattern TOPIC_NAME = Pattern.compile("(?=.{1,256}$)[A-Za-z0-9_-]+(\\.fifo)?");
    public static final Pattern TOPIC_ARN =
            Pattern.compile("arn:aws(-[a-z]+)*:sns:[a-z]{2}(-[a-z]+)+-\\d:\\d{12}:(?<name>.+)");

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<SnsTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnSns sns = method.getAnnotation(OnSns.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnSns.class).orElseThrow();
        Optional<SnsShape> shape = SnsShapes.of(method);
        if (shape.isEmpty()) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.SNS_SHAPE, Annotations.describe(method), parameters);
        } else if (shape.get().decodes()) {
            SqsTriggerReader.checkPayload(method, report);
        }
        Optional<TopicRef> topic = topic(method, sns, mirror, report);
        if (topic.isPresent() && !topic.get().isDeclared() && topic.get().fifo()) {
            report.error(method, mirror, Annotations.written(mirror, "topicArn"), Message.SNS_FIFO_TOPIC,
                    topic.get().name());
        }
        TypeMirror payload = shape.isPresent() && shape.get().decodes() ? method.getParameters().get(0).asType()
                : null;
        DecoderModel decoder = payload == null || !report.isClean() ? null : payloads.decoderFor(payload).orElse(null);
        String policy = sns.filterPolicy().strip();
        if (policy.isEmpty()) {
            if (sns.filterPolicyScope() == OnSns.FilterPolicyScope.MESSAGE_BODY) {
                report.error(method, mirror, Annotations.written(mirror, "filterPolicyScope"),
                        Message.SNS_FILTER_POLICY_BODY);
            }
        } else {
            checkPolicy(method, mirror, policy, sns.filterPolicyScope(), decoder, report);
        }
        int retries = sns.maximumRetryAttempts();
        if (retries != -1 && (retries < 0 || retries > 2)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumRetryAttempts"), Message.RETRY_ATTEMPTS,
                    retries);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new SnsTrigger(topic.get(), policy.isEmpty() ? null : FilterPolicies.compact(policy),
                sns.filterPolicyScope(), emptyToNull(sns.deadLetterQueue()), retries < 0 ? null : retries,
                emptyToNull(sns.onFailure()), sns.failOnUnknownProperties(), shape.get(),
                payload == null ? null : TypeName.get(payload), decoder));
    }

    private static void checkPolicy(ExecutableElement method, AnnotationMirror mirror, String policy,
            OnSns.FilterPolicyScope scope, DecoderModel decoder, Report report) {
        var at = Annotations.written(mirror, "filterPolicy");
        Optional<FilterPolicies.Problem> problem = FilterPolicies.problem(policy, scope);
        if (problem.isPresent()) {
            report.error(method, mirror, at, problem.get().limit() ? Message.SNS_FILTER_POLICY_LIMIT
                    : Message.SNS_FILTER_POLICY, problem.get().text());
            return;
        }
        if (scope != OnSns.FilterPolicyScope.MESSAGE_BODY || decoder == null) {
            return; // attribute keys are the publisher's; a databind-decoded or String payload has no known fields
        }
        FilterPolicies.unknownField(FilterPolicies.parse(policy).orElseThrow(), decoder).ifPresent(missing ->
                report.error(method, mirror, at, Message.SNS_FILTER_POLICY_FIELD, missing.path(), missing.record(),
                        missing.fields(), missing.suggestion()));
    }

    private static Optional<TopicRef> topic(ExecutableElement method, OnSns sns, AnnotationMirror mirror,
            Report report) {
        boolean named = !sns.topic().isEmpty();
        boolean byArn = !sns.topicArn().isEmpty();
        if (named == byArn) {
            report.error(method, mirror, null, Message.SNS_TOPIC_REFERENCE, method.getSimpleName(),
                    named ? "sets both topic and topicArn" : "sets neither topic nor topicArn");
            return Optional.empty();
        }
        if (named) {
            if (!TOPIC_NAME.matcher(sns.topic()).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "topic"), Message.TOPIC_NAME, sns.topic());
                return Optional.empty();
            }
            return Optional.of(TopicRef.declared(sns.topic()));
        }
        var matcher = TOPIC_ARN.matcher(sns.topicArn());
        if (!matcher.matches() || !TOPIC_NAME.matcher(matcher.group("name")).matches()) {
            report.error(method, mirror, Annotations.written(mirror, "topicArn"), Message.SNS_TOPIC_ARN,
                    sns.topicArn());
            return Optional.empty();
        }
        return Optional.of(TopicRef.existing(sns.topicArn()));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
