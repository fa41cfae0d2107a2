package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A {@code @Schedule} trigger: an EventBridge rule invoking the function asynchronously.
 *
 * @param expression {@code cron(...)} or {@code rate(...)}, validated
 * @param input the constant JSON input, or null
 * @param description the rule's description, possibly empty
 * @param maximumRetryAttempts 0 to 2, or null for Lambda's default
 * @param onFailure a declared queue receiving failed events, or null
 * @param inputType the type the input is decoded into; null unless {@code shape} is INPUT
 * @param decoder the generated decoder of {@code inputType}; null when databind decodes it
 */
public record ScheduleTrigger(String expression, String input, boolean enabled, String description,
        Integer maximumRetryAttempts, String onFailure, ScheduleShape shape, TypeName inputType,
        DecoderModel decoder) implements Trigger {

    @Override
    public TypeName decodedType() {
        return inputType;
    }

    @Override
    public boolean invokedAsynchronously() {
        return true;
    }
}
