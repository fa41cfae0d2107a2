package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on a schedule, through an EventBridge rule. Schedules are in <b>UTC</b>.
 *
 * <p>The expression is validated at compile time, with EventBridge's rules:
 * <ul>
 *   <li>{@code cron(minutes hours day-of-month month day-of-week year)}, six fields, exactly one of day-of-month
 *       and day-of-week being {@code ?}; e.g. {@code cron(0 6 * * ? *)} is every day at 06:00 UTC;
 *   <li>{@code rate(value unit)} with a whole value of at least 1 and the unit singular for 1, plural otherwise:
 *       {@code rate(1 minute)}, {@code rate(5 minutes)}, {@code rate(1 hour)}, {@code rate(7 days)}.
 * </ul>
 *
 * <p>Allowed method shapes: {@code ()}, {@code (Instant scheduledTime)}, {@code (ScheduledEvent event)} (the
 * aws-lambda-java-events type), and {@code (T input)} with {@link #input()} set, decoded from that JSON. An
 * exception fails the invocation, and Lambda's asynchronous retries apply.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Schedule {

    /** {@code cron(...)} or {@code rate(...)}. */
    String value();

    /** A constant JSON document sent instead of the scheduled event (at most 8192 characters); none when empty. */
    String input() default "";

    /** False creates the rule disabled. */
    boolean enabled() default true;

    /** The rule's description. */
    String description() default "";

    /** Retries after a failed invocation, 0 to 2; Lambda's default (2) when unset. */
    int maximumRetryAttempts() default -1;

    /** A queue of the pipeline that receives the events of invocations that failed every retry. */
    String onFailure() default "";
}
