package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.KinesisStreamModel;
import dev.sluice.processor.model.TopicModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as the local tools ({@code sluice-maven-plugin}) read it, written next to the descriptor as
 * {@code sluice/pipeline.json}: functions with their handler, settings, environment and trigger, and the
 * resources with the local names a run gives them (stage {@code local}). It is made from the same decisions as the
 * descriptor — the queue visibility its consumers need, the stream view type, the bucket notifications — so that
 * local runs and AWS agree.
 */
public final class LocalPipeline {

    /** The stage local runs name resources after. */
    public static final String STAGE = "local";

    private LocalPipeline() {}

    public static String json(PipelineModel pipeline, List<FunctionModel> functions, TriggerDescriber triggers) {
        Refs refs = new Refs(pipeline);
        List<Demand> demands = new ArrayList<>();
        List<Object> functionEntries = new ArrayList<>();
        for (FunctionModel function : functions) {
            TriggerSpec spec = triggers.describe(function, refs);
            demands.addAll(spec.demands());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", function.name());
            entry.put("handler", function.handlerReference());
            entry.put("memoryMb", function.effectiveMemoryMb(pipeline));
            entry.put("timeoutSeconds", function.effectiveTimeoutSeconds(pipeline));
            entry.put("summary", String.join("; ", spec.summary()));
            entry.put("environment", new LinkedHashMap<String, Object>(function.environment()));
            entry.put("resources", grants(function));
            entry.put("trigger", triggers.local(function));
            functionEntries.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("service", pipeline.service());
        document.put("stage", STAGE);
        document.put("region", pipeline.region());
        document.put("javaToolOptions", pipeline.javaToolOptions());
        document.put("functions", functionEntries);
        document.put("queues", queues(pipeline, demands));
        document.put("tables", tables(pipeline, demands));
        document.put("buckets", buckets(pipeline, demands));
        document.put("topics", topics(pipeline));
        document.put("eventBuses", eventBuses(pipeline));
        document.put("kinesisStreams", kinesisStreams(pipeline));
        return Json.write(document) + "\n";
    }

    private static String local(PipelineModel pipeline, String name) {
        return Names.physicalFor(pipeline.service(), STAGE, name);
    }

    /** Each granted resource: the variable the runtime reads, and which resource it names. */
    private static List<Object> grants(FunctionModel function) {
        List<Object> out = new ArrayList<>();
        for (Grant grant : function.grants()) {
            out.add(grant.accept(new Grant.Visitor<Map<String, Object>>() {
                @Override
                public Map<String, Object> table(Grant.TableGrant table) {
                    return entry(Names.tableEnv(table.resource()), "table", table.resource(), table.access().name());
                }

                @Override
                public Map<String, Object> bucket(Grant.BucketGrant bucket) {
                    return entry(Names.bucketEnv(bucket.resource()), "bucket", bucket.resource(),
                            bucket.access().name());
                }

                @Override
                public Map<String, Object> queue(Grant.QueueGrant queue) {
                    return entry(Names.queueUrlEnv(queue.resource()), "queue", queue.resource(), "SEND");
                }

                @Override
                public Map<String, Object> topic(Grant.TopicGrant topic) {
                    return entry(Names.topicArnEnv(topic.resource()), "topic", topic.resource(), "PUBLISH");
                }

                @Override
                public Map<String, Object> kinesisStream(Grant.KinesisStreamGrant stream) {
                    return entry(Names.kinesisStreamArnEnv(stream.resource()), "kinesisStream", stream.resource(),
                            "PUT_RECORDS");
                }

                @Override
                public Map<String, Object> eventBus(Grant.EventBusGrant bus) {
                    return entry(Names.eventBusEnv(bus.resource()), "eventBus", bus.resource(), "PUT_EVENTS");
                }
            }));
        }
        return out;
    }

    private static Map<String, Object> entry(String variable, String kind, String resource, String access) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("variable", variable);
        entry.put("kind", kind);
        entry.put("name", resource);
        entry.put("access", access);
        return entry;
    }

    private static List<Object> queues(PipelineModel pipeline, List<Demand> demands) {
        List<Object> out = new ArrayList<>();
        for (QueueModel queue : pipeline.queues()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", queue.name());
            entry.put("localName", local(pipeline, queue.name()));
            entry.put("fifo", queue.fifo());
            entry.put("visibilityTimeoutSeconds", Queues.visibilityTimeout(queue, demands));
            entry.put("maxReceiveCount", queue.hasDeadLetterQueue() ? queue.maxReceiveCount() : null);
            entry.put("deadLetterQueue", queue.hasDeadLetterQueue()
                    ? local(pipeline, Names.deadLetterName(queue.name())) : null);
            entry.put("existingArn", queue.arn());
            out.add(entry);
        }
        return out;
    }

    private static List<Object> tables(PipelineModel pipeline, List<Demand> demands) {
        List<Object> out = new ArrayList<>();
        for (TableModel table : pipeline.tables()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", table.name());
            entry.put("localName", local(pipeline, table.name()));
            entry.put("partitionKey", table.partitionKey());
            entry.put("partitionKeyType", table.partitionKeyType().code());
            entry.put("sortKey", table.sortKey());
            entry.put("sortKeyType", table.sortKey() == null ? null : table.sortKeyType().code());
            entry.put("streamViewType", table.created() ? Tables.streamViewType(table, demands)
                    : table.streamViewType());
            entry.put("existingArn", table.arn());
            out.add(entry);
        }
        return out;
    }

    private static List<Object> topics(PipelineModel pipeline) {
        List<Object> out = new ArrayList<>();
        for (TopicModel topic : pipeline.topics()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", topic.name());
            entry.put("localName", local(pipeline, topic.name()));
            entry.put("fifo", topic.fifo());
            entry.put("existingArn", topic.arn());
            List<Object> subscriptions = new ArrayList<>();
            for (QueueModel queue : pipeline.queues()) {
                for (QueueModel.Subscription subscription : queue.subscriptions()) {
                    if (subscription.topic().equals(topic.name())) {
                        Map<String, Object> queueEntry = new LinkedHashMap<>();
                        queueEntry.put("queue", queue.name());
                        queueEntry.put("rawMessageDelivery", subscription.rawMessageDelivery());
                        queueEntry.put("filterPolicy", subscription.filterPolicy());
                        queueEntry.put("filterPolicyScope", subscription.filterPolicyScope().value());
                        subscriptions.add(queueEntry);
                    }
                }
            }
            entry.put("queueSubscriptions", subscriptions);
            out.add(entry);
        }
        return out;
    }

    private static List<Object> kinesisStreams(PipelineModel pipeline) {
        List<Object> out = new ArrayList<>();
        for (KinesisStreamModel stream : pipeline.kinesisStreams()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", stream.name());
            entry.put("localName", stream.created() ? local(pipeline, stream.name())
                    : stream.arn().substring(stream.arn().lastIndexOf('/') + 1));
            entry.put("shards", stream.shards());
            entry.put("existingArn", stream.arn());
            out.add(entry);
        }
        return out;
    }

    /** The default bus first, then the declared ones, each with the name functions put events on locally. */
    private static List<Object> eventBuses(PipelineModel pipeline) {
        List<Object> out = new ArrayList<>();
        Map<String, Object> defaultBus = new LinkedHashMap<>();
        defaultBus.put("name", EventBusModel.DEFAULT);
        defaultBus.put("localName", EventBusModel.DEFAULT);
        defaultBus.put("existingArn", null);
        out.add(defaultBus);
        for (EventBusModel bus : pipeline.eventBuses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", bus.name());
            entry.put("localName", bus.created() ? local(pipeline, bus.name()) : bus.arn());
            entry.put("existingArn", bus.arn());
            out.add(entry);
        }
        return out;
    }

    private static List<Object> buckets(PipelineModel pipeline, List<Demand> demands) {
        List<Object> out = new ArrayList<>();
        for (BucketModel bucket : pipeline.buckets()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", bucket.name());
            entry.put("localName", bucket.created()
                    ? Names.bucketNamePrefix(pipeline.service(), bucket.name()) + STAGE : bucket.existing());
            List<Object> notifications = new ArrayList<>();
            for (Demand demand : demands) {
                if (demand instanceof Demand.BucketNotification notification
                        && notification.bucket().equals(bucket.name())) {
                    Map<String, Object> n = new LinkedHashMap<>();
                    n.put("function", notification.function());
                    n.put("events", notification.events());
                    n.put("prefix", notification.prefix());
                    n.put("suffix", notification.suffix());
                    notifications.add(n);
                }
            }
            entry.put("notifications", notifications);
            out.add(entry);
        }
        return out;
    }
}
