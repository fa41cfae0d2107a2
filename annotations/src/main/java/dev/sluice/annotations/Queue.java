package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SQS queue the pipeline creates, listed in {@link Pipeline#queues()}. A name ending in {@code .fifo}
 * declares a FIFO queue. Physical names are stage-aware: {@code <service>-<stage>-<name>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Queue {

    /** Logical name, unique in the pipeline: letters, digits, hyphens and underscores, optionally {@code .fifo}. */
    String name();

    /**
     * Visibility timeout in seconds. {@code -1} (the default) derives it from the consuming function as AWS
     * recommends: 6 × its timeout + its batching window.
     */
    int visibilityTimeoutSeconds() default -1;

    /** Receives before a message moves to the dead-letter queue {@code <name>-dlq}; {@code 0} means no DLQ. */
    int maxReceiveCount() default 5;
}
