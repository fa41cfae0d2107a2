package dev.sluice.processor.model;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;
import java.util.List;

/**
 * What a function's code does with one resource of the pipeline, as declared by a {@code @Uses*} annotation.
 * Code that treats grant kinds differently goes through {@link #accept}, so a new kind fails to compile until
 * every such place handles it.
 */
public sealed interface Grant {

    /** The logical name of the resource. */
    String resource();

    <R> R accept(Visitor<R> visitor);

    /** One method per grant kind. */
    interface Visitor<R> {
        R table(TableGrant grant);

        R bucket(BucketGrant grant);

        R queue(QueueGrant grant);

        R topic(TopicGrant grant);

        R eventBus(EventBusGrant grant);

        R kinesisStream(KinesisStreamGrant grant);
    }

    /** {@code @UsesTable}; {@code only} empty for every operation of the access. */
    record TableGrant(String resource, UsesTable.Access access, List<UsesTable.Operation> only) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** {@code @UsesBucket}; {@code prefix} is empty for the whole bucket. */
    record BucketGrant(String resource, UsesBucket.Access access, String prefix) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bucket(this);
        }
    }

    /** {@code @UsesTopic}: publish messages. */
    record TopicGrant(String resource) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.topic(this);
        }
    }

    /** {@code @UsesEventBus}: put events; {@code resource} is {@code default} or a declared bus. */
    record EventBusGrant(String resource) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.eventBus(this);
        }
    }

    /** {@code @UsesKinesisStream}: put records. */
    record KinesisStreamGrant(String resource) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.kinesisStream(this);
        }
    }

    /** {@code @UsesQueue}: send messages. */
    record QueueGrant(String resource) implements Grant {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.queue(this);
        }
    }
}
