package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An SNS topic of the pipeline, listed in {@link Pipeline#topics()}: created by the descriptor as
 * {@code <service>-<stage>-<name>}, or, with {@link #arn()}, an existing topic that functions refer to by name. A
 * name ending in {@code .fifo} declares a FIFO topic; SNS delivers those to SQS FIFO queues only, never to a function.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Topic {

    /** The logical name: letters, digits, {@code -} and {@code _}, up to 256 characters with the stage prefix. */
    String name();

    /** An existing topic ({@code arn:aws:sns:<region>:<account>:<name>}); empty for one the descriptor creates. */
    String arn() default "";
}
