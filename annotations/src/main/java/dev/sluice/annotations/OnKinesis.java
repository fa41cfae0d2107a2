package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for the records of a Kinesis data stream, in order per shard, with the guarantees of
 * {@link OnStream}: at the first failure the handler reports that record's sequence number and processes nothing
 * after it, Lambda retries from there; the timeout guard checkpoints at the first record it did not start.
 *
 * <p>Allowed method shapes, where {@code T} is a record or POJO decoded from the record's data (JSON):
 * {@code void m(T payload)}, {@code void m(T payload, KinesisRecord record)}, {@code void m(String data)},
 * {@code void m(String data, KinesisRecord record)}, and per batch {@code void m(List<T> payloads)}: the records
 * decoded before the first undecodable one are passed as one batch, which fails as a whole if the method throws.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnKinesis {

    /** A stream declared in {@link Pipeline#kinesisStreams()}. Exactly one of stream and streamArn. */
    String stream() default "";

    /** An existing stream, by ARN ({@code arn:aws:kinesis:<region>:<account>:stream/<name>}). */
    String streamArn() default "";

    /** Where a new mapping starts: new records only, the oldest kept, or {@link #startingPositionTimestamp()}. */
    StartingPosition startingPosition() default StartingPosition.LATEST;

    /** With {@link StartingPosition#AT_TIMESTAMP}: where to start, as an ISO-8601 instant (e.g. {@code 2026-12-01T00:00:00Z}). */
    String startingPositionTimestamp() default "";

    /** Records per invocation, 1 to 10 000. */
    int batchSize() default 100;

    /** Seconds Lambda may wait to fill a batch, 0 to 300. */
    int maxBatchingWindowSeconds() default 0;

    /** Split a failing batch in two and retry each half. */
    boolean bisectOnError() default false;

    /** Retries of a failing batch, 0 to 10 000; unset (-1) retries until the record expires. */
    int maximumRetryAttempts() default -1;

    /** Records older than this many seconds (60 to 604 800) are skipped; unset (-1) for no limit. */
    int maximumRecordAgeSeconds() default -1;

    /** Concurrent batches per shard, 1 to 10 (order is kept per partition key). */
    int parallelizationFactor() default 1;

    /** A queue of the pipeline that receives a description of records dropped after the retries. */
    String onFailure() default "";

    /**
     * Read through a dedicated enhanced fan-out consumer (its own 2 MB/s per shard, pushed over HTTP/2) instead of
     * sharing the stream's read throughput with every other reader.
     */
    boolean enhancedFanOut() default false;

    /**
     * Only records whose data matches this pattern invoke the function, filtered by Lambda before invoking: a JSON
     * pattern on the record's data (keys are fields of the payload record), e.g. {@code {"type": ["click"]}}.
     * Checked at compile time with Event Ruler and against the payload record's fields.
     */
    String filter() default "";

    /**
     * Whether a JSON property the payload type does not declare fails the record. By default it is ignored: a
     * producer adding a field must not stop the stream.
     */
    boolean failOnUnknownProperties() default false;

    /** Where a new event source mapping starts reading. */
    enum StartingPosition {
        LATEST,
        TRIM_HORIZON,
        AT_TIMESTAMP
    }
}
