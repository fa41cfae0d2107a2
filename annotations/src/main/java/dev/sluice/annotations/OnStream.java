package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for every change to a DynamoDB table of the pipeline, from the table's stream, in order.
 * Method shape: {@code (Change<T> change)}: the event type, the keys, and the old and new images decoded into
 * {@code T} (a record, like message payloads).
 *
 * <p>Order is kept: records are processed in stream order, and at the first failure the handler reports that
 * record's sequence number and processes nothing after it; Lambda retries from there. The timeout guard
 * checkpoints at the first record it did not start.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnStream {

    /** A table declared in {@link Pipeline#tables()}; an existing one needs {@link Table#streamArn()}. */
    String table();

    /** Where a new mapping starts: changes made from now on, or the oldest the stream keeps (24 hours). */
    StartingPosition startingPosition() default StartingPosition.LATEST;

    /** Records per invocation, 1 to 10 000. */
    int batchSize() default 100;

    /** Seconds Lambda may wait to fill a batch, 0 to 300. */
    int maxBatchingWindowSeconds() default 0;

    /** The images the method reads; the table's stream view type is derived from its consumers. */
    Images images() default Images.NEW_AND_OLD;

    /** Only these changes invoke the function, filtered by Lambda before invoking. */
    ChangeType[] events() default {ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE};

    /** Split a failing batch in two and retry each half. */
    boolean bisectOnError() default false;

    /** Retries of a failing batch, 0 to 10 000; unset (-1) retries until the record expires. */
    int maximumRetryAttempts() default -1;

    /** Records older than this many seconds (60 to 604 800) are skipped; unset (-1) for no limit. */
    int maximumRecordAgeSeconds() default -1;

    /** Concurrent batches per shard, 1 to 10. */
    int parallelizationFactor() default 1;

    /** A queue of the pipeline that receives a description of records dropped after the retries. */
    String onFailure() default "";

    /** Where a new event source mapping starts reading. */
    enum StartingPosition {
        LATEST,
        TRIM_HORIZON
    }

    /** DynamoDB stream event names. */
    enum ChangeType {
        INSERT,
        MODIFY,
        REMOVE
    }

    /** Which item images the method reads. */
    enum Images {
        NEW,
        OLD,
        NEW_AND_OLD,
        KEYS_ONLY
    }
}
