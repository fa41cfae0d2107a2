package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@link OnHttp} method's parameter to a query string parameter. Missing: 400, unless the parameter is
 * an {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {

    /** The query parameter's name; the Java parameter's name when empty. */
    String value() default "";
}
