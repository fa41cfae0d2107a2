package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An S3 bucket of the pipeline, listed in {@link Pipeline#buckets()}. A created bucket is private (all public
 * access blocked, bucket-owner-enforced ownership), encrypted, kept when the stack is deleted, and named
 * {@code <service>-<name>-<12 hex digits of the stack id>}: bucket names are global, and a stack id is unique to one
 * stage, region and account. With {@link #existing()}, the descriptor creates nothing and only grants access.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Bucket {

    /** Logical name, unique in the pipeline: lowercase letters, digits and hyphens. */
    String name();

    /** The name of an existing bucket. */
    String existing() default "";
}
