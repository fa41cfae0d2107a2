package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Per-function settings of a trigger method ({@link OnSqs} and the other {@code On*} annotations). Every
 * attribute is optional; unset ones fall back to the {@link Pipeline} defaults.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Function {

    /** Value of an int attribute that was not set. */
    int UNSET = -1;

    /** Function name in the descriptor; the method name by default. Letters, digits, hyphens, underscores. */
    String name() default "";

    /** Memory in MB, 128 to 10240; the pipeline's default when unset. */
    int memoryMb() default UNSET;

    /** Timeout in seconds, 1 to 900; the pipeline's default when unset. */
    int timeoutSeconds() default UNSET;

    /** Reserved concurrency, 0 or more; no reservation when unset. */
    int reservedConcurrency() default UNSET;

    /** Size of {@code /tmp} in MB, 512 to 10240; Lambda's 512 when unset. */
    int ephemeralStorageMb() default UNSET;

    /** Description shown in the Lambda console, up to 256 characters. */
    String description() default "";

    /** Environment variables of this function. */
    Env[] environment() default {};

    /**
     * Timeout guard: once the invocation has less than this many milliseconds left, the handler stops
     * calling your method and reports every message it has not processed as failed, so that Lambda retries
     * exactly those instead of timing out and retrying the whole batch. Set it above the time your method
     * needs for one message. Default: 2000 ms.
     */
    long timeoutMarginMillis() default 2000;

    /** Lambda SnapStart for this function; by default as {@link Pipeline#snapStart()} says. */
    SnapStart snapStart() default SnapStart.PIPELINE_DEFAULT;

    /** Whether a function uses Lambda SnapStart. */
    enum SnapStart {
        /** As {@link Pipeline#snapStart()} says. */
        PIPELINE_DEFAULT,
        ENABLED,
        DISABLED
    }
}
