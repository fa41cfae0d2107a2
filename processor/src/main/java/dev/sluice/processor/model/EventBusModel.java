package dev.sluice.processor.model;

/**
 * A custom EventBridge event bus of the pipeline.
 *
 * @param arn the ARN of an existing bus, or null for a bus the descriptor creates
 */
public record EventBusModel(String name, String arn) {

    /** The name the account's default bus goes by; never declared. */
    public static final String DEFAULT = "default";

    public boolean created() {
        return arn == null;
    }
}
