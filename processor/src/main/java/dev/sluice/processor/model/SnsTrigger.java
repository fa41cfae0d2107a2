package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnSns;

/**
 * An {@code @OnSns} trigger: the topic's subscription invokes the function asynchronously, one message at a time.
 *
 * @param filterPolicy the subscription's filter policy as compact JSON, or null for every message
 * @param deadLetterQueue a declared queue receiving what SNS could not deliver, or null
 * @param maximumRetryAttempts 0 to 2, or null for Lambda's default
 * @param onFailure a declared queue receiving the events of invocations that failed every retry, or null
 * @param payloadType the type the message is decoded into; null unless {@code shape.decodes()}
 * @param decoder the generated decoder of the payload type; null when databind decodes it (or nothing does)
 */
public record SnsTrigger(TopicRef topic, String filterPolicy, OnSns.FilterPolicyScope filterPolicyScope,
        String deadLetterQueue, Integer maximumRetryAttempts, String onFailure, boolean failOnUnknownProperties,
        SnsShape shape, TypeName payloadType, DecoderModel decoder) implements Trigger {

    /** The parameter lists an {@code @OnSns} method may have. */
    public enum SnsShape {
        /** {@code (T payload)}: the message decoded with Jackson. */
        PAYLOAD(true),
        /** {@code (String message)}: the message as published. */
        MESSAGE(false),
        /** {@code (T payload, SnsMessage meta)}. */
        PAYLOAD_META(true),
        /** {@code (String message, SnsMessage meta)}. */
        MESSAGE_META(false);

        private final boolean decodes;

        SnsShape(boolean decodes) {
            this.decodes = decodes;
        }

        public boolean decodes() {
            return decodes;
        }

        public boolean withMeta() {
            return this == PAYLOAD_META || this == MESSAGE_META;
        }
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
