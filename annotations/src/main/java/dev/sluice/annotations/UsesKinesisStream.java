package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a function puts records on a {@link KinesisStream} of the pipeline: its role gets
 * {@code kinesis:PutRecord} and {@code kinesis:PutRecords} on that stream only, and the function gets the stream's ARN
 * in {@code SLUICE_KINESIS_STREAM_ARN_<NAME>}, read with {@code Resources.kinesisStreamArn("name")} and passed as
 * {@code streamARN}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesKinesisStream.List.class)
public @interface UsesKinesisStream {

    /** The stream's logical name in {@link Pipeline#kinesisStreams()}. */
    String value();

    /** Holder of repeated {@link UsesKinesisStream} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesKinesisStream[] value();
    }
}
