package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * An {@code @OnEvent} trigger: an EventBridge rule on a bus, whose target is the function (invoked asynchronously,
 * one event at a time).
 *
 * @param bus {@code default} or a declared bus
 * @param pattern the rule's event pattern, as compact JSON, validated
 * @param deliveryRetryAttempts EventBridge's retries of a failed delivery, or null for its default (185)
 * @param maximumEventAgeSeconds how long EventBridge retries, or null for its default (86400)
 * @param deadLetterQueue a declared queue receiving what EventBridge could not deliver, or null
 * @param maximumRetryAttempts Lambda's retries of a failed invocation, 0 to 2, or null for its default
 * @param onFailure a declared queue receiving the events of invocations that failed every retry, or null
 * @param payloadType the type the detail is decoded into; null unless {@code shape.decodes()}
 * @param decoder the generated decoder of the payload type; null when databind decodes it (or nothing does)
 */
public record EventTrigger(String bus, String pattern, Integer deliveryRetryAttempts, Integer maximumEventAgeSeconds,
        String deadLetterQueue, Integer maximumRetryAttempts, String onFailure, boolean failOnUnknownProperties,
        EventShape shape, TypeName payloadType, DecoderModel decoder) implements Trigger {

    /** The parameter lists an {@code @OnEvent} method may have. */
    public enum EventShape {
        /** {@code (T detail)}: the detail decoded with Jackson. */
        DETAIL,
        /** {@code (T detail, EventBridgeEvent event)}. */
        DETAIL_EVENT,
        /** {@code (EventBridgeEvent event)}: the event, its detail as JSON text. */
        EVENT;

        public boolean decodes() {
            return this != EVENT;
        }
    }

    public boolean onDefaultBus() {
        return bus.equals(EventBusModel.DEFAULT);
    }

    @Override
    public boolean invokedAsynchronously() {
        return true;
    }

    @Override
    public TypeName decodedType() {
        return payloadType;
    }
}
