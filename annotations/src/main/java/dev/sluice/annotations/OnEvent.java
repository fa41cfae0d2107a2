package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for every event on an EventBridge bus that matches a pattern. The pattern is written either as
 * annotation values ({@link #source()}, {@link #detailType()}, {@link #detail()}) or whole, as JSON
 * ({@link #pattern()}); either way it is checked at compile time with Event Ruler, the engine behind EventBridge's
 * matching — its syntax, its operators ({@code prefix}, {@code suffix}, {@code anything-but}, {@code numeric},
 * {@code exists}, {@code equals-ignore-case}, {@code wildcard}, {@code cidr}, {@code $or}), its top-level fields,
 * and every {@code detail} field against the record the method takes.
 *
 * <p>EventBridge invokes Lambda asynchronously, one event per invocation. A failed delivery (throttling, say) is
 * retried by EventBridge ({@link #deliveryRetryAttempts()}, {@link #maximumEventAgeSeconds()}) and then sent to
 * {@link #deadLetterQueue()}; an event whose decoding or processing throws fails the invocation, which Lambda
 * retries ({@link #maximumRetryAttempts()}) and then sends to {@link #onFailure()}.
 *
 * <p>Allowed method shapes, where {@code T} is a record or POJO decoded from the event's {@code detail}:
 * {@code void m(T detail)}, {@code void m(T detail, EventBridgeEvent event)}, {@code void m(EventBridgeEvent event)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnEvent {

    /** {@code default} (the account's default bus), or a bus declared in {@link Pipeline#eventBuses()}. */
    String bus() default "default";

    /** Matches events whose {@code source} is one of these (e.g. {@code "shop.payments"}). */
    String[] source() default {};

    /** Matches events whose {@code detail-type} is one of these (e.g. {@code "PaymentSettled"}). */
    String[] detailType() default {};

    /**
     * The pattern on the event's {@code detail}, as JSON: keys are fields of the detail record, values arrays of
     * values or operators, e.g. {@code {"net": [{"numeric": [">=", 100]}]}}.
     */
    String detail() default "";

    /**
     * The whole event pattern as JSON, instead of {@link #source()}, {@link #detailType()} and {@link #detail()}:
     * for patterns on other event fields ({@code account}, {@code resources}…) or with a top-level {@code $or}.
     */
    String pattern() default "";

    /** Retries EventBridge makes when it cannot deliver the event to the function, 0 to 185; 185 when unset. */
    int deliveryRetryAttempts() default -1;

    /** How long EventBridge keeps retrying a delivery, 60 to 86400 seconds; 86400 (24 hours) when unset. */
    int maximumEventAgeSeconds() default -1;

    /**
     * A standard queue of the pipeline receiving the events EventBridge could not deliver. The descriptor writes the
     * queue's policy letting exactly this rule send to it (without it, EventBridge drops them).
     */
    String deadLetterQueue() default "";

    /** Retries after a failed invocation, 0 to 2; Lambda's default (2) when unset. */
    int maximumRetryAttempts() default -1;

    /** A queue of the pipeline that receives the events of invocations that failed every retry. */
    String onFailure() default "";

    /**
     * Whether a JSON property the detail type does not declare fails the event. By default it is ignored: a producer
     * adding a field must not fail every consumer.
     */
    boolean failOnUnknownProperties() default false;
}
