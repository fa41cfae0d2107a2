package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;

/** What invokes a function. One implementation per trigger annotation. */
public sealed interface Trigger
        permits SqsTrigger, ScheduleTrigger, S3Trigger, StreamTrigger, HttpTrigger, SnsTrigger, EventTrigger,
        KinesisTrigger {

    /** The type the event's JSON (body, input, item image) is decoded into, or null when nothing is decoded. */
    default TypeName decodedType() {
        return null;
    }

    /** The generated decoder of {@link #decodedType()}; null when databind decodes it, or nothing is decoded. */
    default DecoderModel decoder() {
        return null;
    }

    /**
     * Whether Lambda is invoked asynchronously (S3, schedules): then {@link #maximumRetryAttempts} and
     * {@link #onFailure} are the function's asynchronous invoke configuration; for a stream they are its event
     * source mapping's.
     */
    default boolean invokedAsynchronously() {
        return false;
    }

    /** The generated encoder of the value the method returns; null when databind writes it, or nothing is written. */
    default DecoderModel encoder() {
        return null;
    }

    /**
     * The timeout a function with this trigger gets when it sets none, given the pipeline's default: the default
     * itself, unless the trigger's caller stops waiting sooner (API Gateway).
     */
    default int defaultTimeoutSeconds(int pipelineDefault) {
        return pipelineDefault;
    }

    /** Retries of a failed invocation or batch, or null for Lambda's default. */
    default Integer maximumRetryAttempts() {
        return null;
    }

    /** The declared queue receiving what failed every retry, or null. */
    default String onFailure() {
        return null;
    }
}
