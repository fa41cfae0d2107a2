package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for every message of an SQS queue. Sluice generates the Lambda handler: it decodes each
 * message, calls the method once per message, and reports the messages that failed (and only those) back to
 * Lambda, so a poison message is retried alone and never takes its batch with it.
 *
 * <p>Allowed method shapes, where {@code T} is a record or POJO decoded from the JSON body with Jackson:
 * <ul>
 *   <li>{@code void m(T payload)}
 *   <li>{@code void m(String body)}
 *   <li>{@code void m(T payload, SqsMessage meta)} and {@code void m(String body, SqsMessage meta)}
 *   <li>{@code void m(SQSEvent.SQSMessage message)} (the aws-lambda-java-events type)
 * </ul>
 *
 * <p>FIFO queues (names ending in {@code .fifo}): once a message fails, the later messages of the same
 * message group in the batch are reported failed without being processed, which keeps the group's order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnSqs {

    /** A queue declared in {@link Pipeline#queues()}, by its logical name. Exactly one of queue and queueArn. */
    String queue() default "";

    /** An existing queue, by ARN ({@code arn:aws:sqs:<region>:<account>:<name>}). */
    String queueArn() default "";

    /** Messages per invocation: 1 to 10 000 (standard), 1 to 10 (FIFO); over 10 needs a batching window. */
    int batchSize() default 10;

    /** Seconds Lambda may wait to fill a batch: 0 to 300. Not supported by FIFO queues. */
    int maxBatchingWindowSeconds() default 0;

    /**
     * The most concurrent invocations this queue's event source mapping starts: 2 to 1000; Lambda's default
     * (up to 1250 pollers' worth) when unset. Prefer it to {@link Function#reservedConcurrency()} for limiting an
     * SQS consumer: a throttled invocation still counts as a receive, so low reserved concurrency sends
     * unprocessed messages to the dead-letter queue once {@code maxReceiveCount} is reached, while the
     * mapping's maximum concurrency simply leaves them in the queue.
     */
    int maximumConcurrency() default 0;

    /**
     * Whether a JSON property the payload type does not declare fails the message. By default it is ignored,
     * as event-driven consumers expect: a producer adding a field must not send every message to the
     * dead-letter queue. Set {@code true} for Jackson's default {@code FAIL_ON_UNKNOWN_PROPERTIES}.
     */
    boolean failOnUnknownProperties() default false;
}
