package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;

/** What invokes a function. One implementation per trigger annotation. */
public sealed interface Trigger permits SqsTrigger, ScheduleTrigger, S3Trigger, StreamTrigger {

    /** The type the event's JSON (body, input, item image) is decoded into, or null when nothing is decoded. */
    default TypeName decodedType() {
        return null;
    }

    /** The generated decoder of {@link #decodedType()}; null when databind decodes it, or nothing is decoded. */
    default DecoderModel decoder() {
        return null;
    }

    /** Retries of a failed asynchronous invocation (0 to 2), or null: for asynchronous triggers only. */
    default Integer maximumRetryAttempts() {
        return null;
    }

    /** The declared queue receiving events that failed every retry, or null: for asynchronous triggers only. */
    default String onFailure() {
        return null;
    }
}
