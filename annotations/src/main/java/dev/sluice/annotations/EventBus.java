package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom EventBridge event bus of the pipeline, listed in {@link Pipeline#eventBuses()}: created by the descriptor
 * as {@code <service>-<stage>-<name>}, or, with {@link #arn()}, an existing bus that functions refer to by name. The
 * account's default bus needs no declaration: it is the bus called {@code default}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface EventBus {

    /** The logical name: letters, digits, {@code .}, {@code -} and {@code _}; not {@code default}. */
    String name();

    /** An existing bus ({@code arn:aws:events:<region>:<account>:event-bus/<name>}); empty for one the descriptor creates. */
    String arn() default "";
}
