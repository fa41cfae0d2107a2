package dev.sluice.processor.model;

/** What invokes a function. One implementation per trigger annotation. */
public sealed interface Trigger permits SqsTrigger, ScheduleTrigger {

    /** The annotation's simple name, for messages and comments, e.g. {@code OnSqs}. */
    String annotation();
}
