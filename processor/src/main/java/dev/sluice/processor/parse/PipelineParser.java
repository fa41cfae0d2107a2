package dev.sluice.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.sluice.annotations.Bucket;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.annotations.Topic;
import dev.sluice.annotations.Table;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.KinesisStreamModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.TopicModel;
import dev.sluice.processor.validate.FilterPolicies;
import dev.sluice.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** Builds the model of a {@code @Pipeline} class that validated cleanly. */
public final class PipelineParser {

    public PipelineModel parse(TypeElement type) {
        Pipeline pipeline = type.getAnnotation(Pipeline.class);
        List<QueueModel> queues = new ArrayList<>();
        for (Queue queue : pipeline.queues()) {
            queues.add(new QueueModel(
                    queue.name(),
                    queue.visibilityTimeoutSeconds() < 0 ? null : queue.visibilityTimeoutSeconds(),
                    queue.maxReceiveCount(),
                    emptyToNull(queue.arn()),
                    Arrays.stream(queue.subscribesTo())
                            .map(subscription -> new QueueModel.Subscription(subscription.topic(),
                                    subscription.rawMessageDelivery(),
                                    subscription.filterPolicy().isBlank() ? null
                                            : FilterPolicies.compact(subscription.filterPolicy()),
                                    subscription.filterPolicyScope()))
                            .toList()));
        }
        List<TableModel> tables = new ArrayList<>();
        for (Table table : pipeline.tables()) {
            List<TableModel.IndexModel> indexes = new ArrayList<>();
            for (Table.Index index : table.indexes()) {
                indexes.add(new TableModel.IndexModel(index.name(), index.partitionKey(), index.partitionKeyType(),
                        emptyToNull(index.sortKey()), index.sortKeyType()));
            }
            tables.add(new TableModel(table.name(), table.partitionKey(), table.partitionKeyType(),
                    emptyToNull(table.sortKey()), table.sortKeyType(), List.copyOf(indexes), table.billing(),
                    table.readCapacity(), table.writeCapacity(), emptyToNull(table.arn()),
                    emptyToNull(table.streamArn()), emptyToNull(table.streamViewType())));
        }
        List<BucketModel> buckets = new ArrayList<>();
        for (Bucket bucket : pipeline.buckets()) {
            buckets.add(new BucketModel(bucket.name(), emptyToNull(bucket.existing())));
        }
        List<TopicModel> topics = new ArrayList<>();
        for (Topic topic : pipeline.topics()) {
            topics.add(new TopicModel(topic.name(), emptyToNull(topic.arn())));
        }
        return new PipelineModel(
                ClassName.get(type),
                pipeline.service(),
                pipeline.runtime().identifier(),
                pipeline.region(),
                pipeline.stage(),
                pipeline.memoryMb(),
                pipeline.timeoutSeconds(),
                pipeline.javaToolOptions(),
                pipeline.snapStart(),
                pipeline.logRetentionDays(),
                List.copyOf(queues),
                List.copyOf(tables),
                List.copyOf(buckets),
                List.copyOf(topics),
                Arrays.stream(pipeline.eventBuses())
                        .map(bus -> new EventBusModel(bus.name(), emptyToNull(bus.arn())))
                        .toList(),
                Arrays.stream(pipeline.kinesisStreams())
                        .map(stream -> new KinesisStreamModel(stream.name(), stream.shards(), stream.retentionHours(),
                                emptyToNull(stream.arn())))
                        .toList(),
                Arrays.stream(pipeline.jwtAuthorizers())
                        .map(jwt -> new PipelineModel.JwtAuthorizerModel(jwt.name(), jwt.issuerUrl(),
                                List.of(jwt.audiences()), jwt.identitySource()))
                        .toList());
    }

    static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
