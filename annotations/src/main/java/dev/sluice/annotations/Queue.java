package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SQS queue of the pipeline, listed in {@link Pipeline#queues()}: created by the descriptor, or, with
 * {@link #arn()}, an existing queue that functions refer to by name. A name ending in {@code .fifo} declares a
 * FIFO queue. Created queues get stage-aware physical names, {@code <service>-<stage>-<name>}, and a dead-letter
 * queue {@code <service>-<stage>-<name>-dlq} unless {@link #maxReceiveCount()} is 0.
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

    /** The ARN of an existing queue; when set, the descriptor creates nothing and only grants access. */
    String arn() default "";
}
