package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Escape hatch: a raw IAM Allow statement added to one function's role, for services Sluice has no typed grant
 * for. Actions are {@code service:Action}; resources are full ARNs. A {@code *} in either is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(IamStatement.List.class)
public @interface IamStatement {

    /** e.g. {@code kms:Decrypt}. */
    String[] actions();

    /** e.g. {@code arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab}. */
    String[] resources();

    /** Holder of repeated {@link IamStatement} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        IamStatement[] value();
    }
}
