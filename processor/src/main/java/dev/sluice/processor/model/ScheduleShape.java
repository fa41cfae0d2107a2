package dev.sluice.processor.model;

/** The parameter lists a {@code @Schedule} method may have. */
public enum ScheduleShape {
    /** {@code ()}. */
    NONE,
    /** {@code (Instant scheduledTime)}: the scheduled event's {@code time}. */
    INSTANT,
    /** {@code (ScheduledEvent event)}: the aws-lambda-java-events object. */
    RAW_EVENT,
    /** {@code (T input)}: the rule's constant input, decoded. */
    INPUT
}
