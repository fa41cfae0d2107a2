package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * What the local services accepted — an S3 object event, an SNS message, an EventBridge event — delivered to the
 * functions and queues subscribed to it, as AWS routes them: S3 notifications by bucket, event type, prefix and
 * suffix; SNS subscriptions (functions and queues) by topic and filter policy; EventBridge rules by bus and pattern.
 * Functions are invoked through their {@link AsyncInvoker}, as those services invoke Lambda asynchronously.
 */
final class Subscribers {

    private final LocalPipeline pipeline;
    private final List<WarmFunction> functions;
    private final Map<String, AsyncInvoker> asyncInvokers;
    private final LocalSqs sqs;
    private final Activity activity;

    /** {@code functions} and {@code asyncInvokers} are the run's own, filled as it starts its functions. */
    Subscribers(LocalPipeline pipeline, List<WarmFunction> functions, Map<String, AsyncInvoker> asyncInvokers,
            LocalSqs sqs, Activity activity) {
        this.pipeline = pipeline;
        this.functions = functions;
        this.asyncInvokers = asyncInvokers;
        this.sqs = sqs;
        this.activity = activity;
    }

    /** An object written or removed: delivered to every function whose notification on that bucket matches. */
    void objectEvent(LocalS3.ObjectEvent event) {
        for (JsonNode bucket : pipeline.buckets()) {
            if (!bucket.path("localName").asText().equals(event.bucket())) {
                continue;
            }
            for (JsonNode notification : bucket.path("notifications")) {
                if (LocalS3.matches(notification, event)) {
                    String function = notification.path("function").asText();
                    asyncInvokers.get(function).submit("s3://" + event.bucket(), event.eventName() + " "
                            + event.key(), LocalS3.eventJson(event, pipeline.region(), function + "-notification"));
                }
            }
        }
    }

    /**
     * A message published to a local topic: delivered to each function subscribed to it and each queue subscribed
     * to it whose policy matches.
     */
    void published(LocalSns.Published message) {
        for (JsonNode topic : pipeline.topics()) {
            if (topic.path("name").asText().equals(message.topic())) {
                topic.path("queueSubscriptions").forEach(subscription -> deliver(message, subscription));
            }
        }
        for (WarmFunction function : functions) {
            JsonNode trigger = function.function().trigger();
            boolean subscribed = function.function().kind().equals("sns")
                    && (message.topic().equals(trigger.path("topic").asText())
                            || message.topicArn().equals(trigger.path("topicArn").asText()));
            if (!subscribed) {
                continue;
            }
            String policy = trigger.path("filterPolicy").isTextual() ? trigger.path("filterPolicy").asText() : null;
            boolean body = trigger.path("filterPolicyScope").asText().equals("MessageBody");
            String name = function.function().name();
            if (LocalSns.matches(policy, body, message)) {
                asyncInvokers.get(name).submit("sns:" + message.topic(), "message " + message.messageId(),
                        LocalSns.event(message, pipeline.region(), name));
            } else {
                activity.line("sns:" + message.topic(), name, "message " + message.messageId()
                        + " → filtered out by the subscription's filter policy");
            }
        }
    }

    /** An event put on a local bus: delivered to each function whose rule on that bus matches it. */
    void eventPut(LocalEvents.Put put) {
        boolean matched = false;
        for (WarmFunction function : functions) {
            JsonNode trigger = function.function().trigger();
            if (function.function().kind().equals("event") && trigger.path("bus").asText().equals(put.bus())
                    && LocalEvents.matches(trigger.path("pattern").asText(), put.event())) {
                matched = true;
                asyncInvokers.get(function.function().name()).submit("events:" + put.bus(), "event " + put.id(),
                        put.event().getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!matched) {
            activity.line("events:" + put.bus(), "no function", "event " + put.id() + " matched no rule");
        }
    }

    /** SNS → SQS: the message (raw, with its attributes) or its envelope, sent to a subscribed queue. */
    private void deliver(LocalSns.Published message, JsonNode subscription) {
        String queue = subscription.path("queue").asText();
        String policy = subscription.path("filterPolicy").isTextual() ? subscription.path("filterPolicy").asText()
                : null;
        if (!LocalSns.matches(policy, subscription.path("filterPolicyScope").asText().equals("MessageBody"), message)) {
            activity.line("sns:" + message.topic(), "queue " + queue, "message " + message.messageId()
                    + " → filtered out by the subscription's filter policy");
            return;
        }
        boolean raw = subscription.path("rawMessageDelivery").asBoolean();
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        if (raw) {
            message.attributes().forEach((name, attribute) -> {
                String type = attribute.type() == null ? "String" : attribute.type();
                attributes.put(name, type.startsWith("Binary")
                        ? MessageAttributeValue.builder().dataType(type)
                                .binaryValue(SdkBytes.fromByteArray(Base64.getDecoder().decode(attribute.value())))
                                .build()
                        : MessageAttributeValue.builder().dataType(type).stringValue(attribute.value()).build());
            });
        }
        sqs.client().sendMessage(request -> request.queueUrl(sqs.url(queue))
                .messageBody(raw ? message.message() : LocalSns.envelope(message, pipeline.region()))
                .messageAttributes(attributes)
                .messageGroupId(message.groupId())
                .messageDeduplicationId(message.deduplicationId()));
        activity.line("sns:" + message.topic(), "queue " + queue, "message " + message.messageId()
                + (raw ? " queued" : " queued in SNS's envelope"));
    }
}
