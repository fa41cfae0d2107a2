package dev.sluice.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline declaration of a module: service name, defaults and resources.
 *
 * @param declaringClass the class annotated with {@code @Pipeline}
 */
public record PipelineModel(
        ClassName declaringClass,
        String service,
        String runtime,
        String region,
        String stage,
        int memoryMb,
        int timeoutSeconds,
        String javaToolOptions,
        boolean snapStart,
        int logRetentionDays,
        List<QueueModel> queues,
        List<TableModel> tables,
        List<BucketModel> buckets,
        List<TopicModel> topics,
        List<EventBusModel> eventBuses,
        List<KinesisStreamModel> kinesisStreams,
        List<JwtAuthorizerModel> jwtAuthorizers) {

    /** A JWT authorizer of the HTTP API. */
    public record JwtAuthorizerModel(String name, String issuerUrl, List<String> audiences, String identitySource) {}


    public Optional<QueueModel> queue(String name) {
        return queues.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    public Optional<TableModel> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<TopicModel> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A declared bus; empty for {@code default} and for names the pipeline does not declare. */
    public Optional<EventBusModel> eventBus(String name) {
        return eventBuses.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    public Optional<KinesisStreamModel> kinesisStream(String name) {
        return kinesisStreams.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<BucketModel> bucket(String name) {
        return buckets.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
