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
 *
 * <p>With {@link #subscribesTo()}, a created queue receives what topics of the pipeline publish (SNS → SQS fan-out):
 * the descriptor writes each subscription and the queue's policy, which lets exactly those topics send to it.
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

    /**
     * Topics of the pipeline ({@link Pipeline#topics()}) this queue subscribes to. A FIFO topic delivers to FIFO
     * queues only, a standard topic to standard queues only. Only a queue the descriptor creates can subscribe: its
     * policy is written whole, and an existing queue's policy is not Sluice's to replace.
     */
    Subscription[] subscribesTo() default {};

    /** A subscription of this queue to a topic of the pipeline. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Subscription {

        /** The topic, by its logical name in {@link Pipeline#topics()}. */
        String topic();

        /**
         * Whether the queue receives the published message as is (the default), with its message attributes as the
         * SQS message's attributes. {@code false} delivers SNS's JSON envelope ({@code Type}, {@code MessageId},
         * {@code TopicArn}, {@code Message}, …) instead, which a function can read only as a {@code String}.
         */
        boolean rawMessageDelivery() default true;

        /** The subscription's filter policy, as JSON, checked at compile time as for {@link OnSns#filterPolicy()}. */
        String filterPolicy() default "";

        /** What the filter policy applies to: the message attributes (SNS's default) or the JSON message body. */
        OnSns.FilterPolicyScope filterPolicyScope() default OnSns.FilterPolicyScope.MESSAGE_ATTRIBUTES;
    }
}
