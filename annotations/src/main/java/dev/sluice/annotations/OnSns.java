package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for every message published to an SNS topic. SNS invokes Lambda asynchronously, one message per
 * invocation: a message whose decoding or processing throws fails the invocation, which Lambda retries
 * ({@link #maximumRetryAttempts()}) and then sends to {@link #onFailure()} if set. Messages SNS could not deliver at
 * all (the function throttled or deleted) go to the subscription's {@link #deadLetterQueue()}.
 *
 * <p>Allowed method shapes, where {@code T} is a record or POJO decoded from the JSON message with Jackson:
 * {@code void m(T payload)}, {@code void m(String message)}, {@code void m(T payload, SnsMessage meta)},
 * {@code void m(String message, SnsMessage meta)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnSns {

    /** A topic declared in {@link Pipeline#topics()}, by its logical name. Exactly one of topic and topicArn. */
    String topic() default "";

    /** An existing topic, by ARN ({@code arn:aws:sns:<region>:<account>:<name>}). */
    String topicArn() default "";

    /**
     * The subscription's filter policy, as JSON: only matching messages invoke the function. Checked at compile
     * time: its syntax and operators ({@code prefix}, {@code suffix}, {@code anything-but}, {@code numeric},
     * {@code exists}, {@code equals-ignore-case}, {@code cidr}, {@code $or}), SNS's limits (5 keys, 150
     * combinations), and with {@link FilterPolicyScope#MESSAGE_BODY} that each key is a field of the payload record.
     */
    String filterPolicy() default "";

    /** What the filter policy applies to: the message attributes (SNS's default) or the JSON message body. */
    FilterPolicyScope filterPolicyScope() default FilterPolicyScope.MESSAGE_ATTRIBUTES;

    /** A standard queue of the pipeline receiving messages SNS could not deliver to the function. */
    String deadLetterQueue() default "";

    /** Retries after a failed invocation, 0 to 2; Lambda's default (2) when unset. */
    int maximumRetryAttempts() default -1;

    /** A queue of the pipeline that receives the events of invocations that failed every retry. */
    String onFailure() default "";

    /**
     * Whether a JSON property the payload type does not declare fails the message. By default it is ignored: a
     * publisher adding a field must not fail every subscriber.
     */
    boolean failOnUnknownProperties() default false;

    /** What a subscription's filter policy is matched against. */
    enum FilterPolicyScope {
        /** The message attributes ({@code FilterPolicyScope: MessageAttributes}). */
        MESSAGE_ATTRIBUTES("MessageAttributes"),
        /** The message itself, which must then be JSON ({@code FilterPolicyScope: MessageBody}). */
        MESSAGE_BODY("MessageBody");

        private final String value;

        FilterPolicyScope(String value) {
            this.value = value;
        }

        /** The value SNS and CloudFormation use. */
        public String value() {
            return value;
        }
    }
}
