package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a function puts events on an event bus: its role gets {@code events:PutEvents} on that bus only,
 * and the function gets the bus's name in {@code SLUICE_EVENT_BUS_<NAME>}, read with
 * {@code Resources.eventBus("name")} and passed as {@code EventBusName}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(UsesEventBus.List.class)
public @interface UsesEventBus {

    /** {@code default}, or the logical name of a bus in {@link Pipeline#eventBuses()}. */
    String value() default "default";

    /** Holder of repeated {@link UsesEventBus} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        UsesEventBus[] value();
    }
}
