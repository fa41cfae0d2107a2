package dev.sluice.processor.model;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;

/** What a function's code does with one resource of the pipeline, as declared by a {@code @Uses*} annotation. */
public sealed interface Grant {

    /** The logical name of the resource. */
    String resource();

    /** {@code @UsesTable}. */
    record TableGrant(String resource, UsesTable.Access access) implements Grant {}

    /** {@code @UsesBucket}; {@code prefix} is empty for the whole bucket. */
    record BucketGrant(String resource, UsesBucket.Access access, String prefix) implements Grant {}

    /** {@code @UsesQueue}: send messages. */
    record QueueGrant(String resource) implements Grant {}
}
