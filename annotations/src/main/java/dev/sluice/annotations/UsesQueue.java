package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a function sends messages to a {@link Queue} of the pipeline: its role gets
 * {@code sqs:SendMessage} on that queue, and the function gets the queue's URL in
 * {@code SLUICE_QUEUE_URL_<NAME>}, read with {@code Resources.queueUrl("name")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesQueue.List.class)
public @interface UsesQueue {

    /** The queue's logical name in {@link Pipeline#queues()}. */
    String value();

    /** Holder of repeated {@link UsesQueue} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesQueue[] value();
    }
}
