package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One environment variable of a function, listed in {@link Function#environment()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {

    /** Variable name: a letter, then letters, digits and underscores; not one Lambda reserves. */
    String name();

    /** Value, written verbatim to the descriptor (Serverless variables such as {@code ${sls:stage}} work). */
    String value();
}
