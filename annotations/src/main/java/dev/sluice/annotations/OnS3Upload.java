package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method for every object uploaded to a bucket of the pipeline (under a prefix, with a suffix). The
 * bucket's notification configuration and the permission S3 needs to invoke the function are generated.
 *
 * <p>Keys arrive URL-encoded in S3 notifications ({@code +} for a space, {@code %XX} for UTF-8 bytes); the
 * handler decodes them, and a key it cannot decode fails only its own record. Allowed method shapes:
 * {@code (S3Upload upload)} and {@code (String bucket, String key)}. Every record is attempted; if any failed,
 * the invocation fails with one exception naming the failed keys, so Lambda's asynchronous retries apply (the
 * records that succeeded are delivered again then: make processing idempotent).
 *
 * <p>A function that writes to the bucket it is triggered by, under keys the trigger matches, would trigger
 * itself forever: that is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnS3Upload {

    /** A bucket declared in {@link Pipeline#buckets()} and created by the pipeline. */
    String bucket();

    /** Only keys starting with this prefix, e.g. {@code uploads/}; all keys when empty. */
    String prefix() default "";

    /** Only keys ending with this suffix, e.g. {@code .csv}; all keys when empty. */
    String suffix() default "";

    /** The S3 events that invoke the function. */
    S3Event[] events() default S3Event.OBJECT_CREATED;

    /** Retries after a failed invocation, 0 to 2; Lambda's default (2) when unset. */
    int maximumRetryAttempts() default -1;

    /** A queue of the pipeline that receives the events of invocations that failed every retry. */
    String onFailure() default "";

    /** S3 event types, as S3 names them. */
    enum S3Event {
        OBJECT_CREATED("s3:ObjectCreated:*"),
        PUT("s3:ObjectCreated:Put"),
        POST("s3:ObjectCreated:Post"),
        COPY("s3:ObjectCreated:Copy"),
        COMPLETE_MULTIPART_UPLOAD("s3:ObjectCreated:CompleteMultipartUpload"),
        OBJECT_REMOVED("s3:ObjectRemoved:*");

        private final String type;

        S3Event(String type) {
            this.type = type;
        }

        /** S3's name, e.g. {@code s3:ObjectCreated:*}. */
        public String type() {
            return type;
        }
    }
}
