package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Kinesis data stream of the pipeline, listed in {@link Pipeline#kinesisStreams()}: created by the descriptor as
 * {@code <service>-<stage>-<name>}, on-demand unless {@link #shards()} sets a provisioned shard count, or, with
 * {@link #arn()}, an existing stream that functions refer to by name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface KinesisStream {

    /** The logical name: letters, digits, {@code .}, {@code -} and {@code _}, up to 128 characters with the prefix. */
    String name();

    /** Provisioned shards; {@code 0} (the default) for on-demand capacity, which scales by itself. */
    int shards() default 0;

    /** How long records stay readable, 24 (the default) to 8760 hours. */
    int retentionHours() default 24;

    /** An existing stream ({@code arn:aws:kinesis:<region>:<account>:stream/<name>}); empty for one created. */
    String arn() default "";
}
