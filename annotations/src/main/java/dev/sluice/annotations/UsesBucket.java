package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a function does with a {@link Bucket} of the pipeline, optionally under a key prefix. Object
 * actions are granted on {@code bucket/prefix*} only, and listing ({@code s3:ListBucket}) only with an
 * {@code s3:prefix} condition. The function gets the bucket's name in {@code SLUICE_BUCKET_<NAME>}, read with
 * {@code Resources.bucket("name")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesBucket.List.class)
public @interface UsesBucket {

    /** The bucket's logical name in {@link Pipeline#buckets()}. */
    String value();

    /** What the function may do with the bucket's objects (under {@link #prefix()}). */
    Access access();

    /** Key prefix the access is limited to, e.g. {@code reports/}; the whole bucket when empty. */
    String prefix() default "";

    /** What the function does with the bucket's objects. */
    enum Access {
        /** s3:GetObject on the objects, s3:ListBucket on the bucket (limited to the prefix). */
        READ,
        /** s3:PutObject and s3:AbortMultipartUpload on the objects. */
        WRITE,
        /** READ and WRITE. */
        READ_WRITE,
        /** s3:DeleteObject on the objects. */
        DELETE
    }

    /** Holder of repeated {@link UsesBucket} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesBucket[] value();
    }
}
