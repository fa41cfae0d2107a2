package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a function publishes to a {@link Topic} of the pipeline: its role gets {@code sns:Publish} on that
 * topic only, and the function gets the topic's ARN in {@code SLUICE_TOPIC_ARN_<NAME>}, read with
 * {@code Resources.topicArn("name")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesTopic.List.class)
public @interface UsesTopic {

    /** The topic's logical name in {@link Pipeline#topics()}. */
    String value();

    /** Holder of repeated {@link UsesTopic} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesTopic[] value();
    }
}
