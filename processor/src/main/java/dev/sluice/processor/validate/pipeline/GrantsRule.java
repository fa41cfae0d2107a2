package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesEventBus;
import dev.sluice.annotations.UsesKinesisStream;
import dev.sluice.annotations.UsesTopic;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.KinesisStreamModel;
import dev.sluice.processor.model.TopicModel;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.parse.Annotations.Occurrence;
import dev.sluice.processor.parse.Annotations;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/** Every grant names a resource the pipeline declares, reported on the grant at fault. */
public final class GrantsRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            checkGrants(pipeline, function, diagnostics);
        }
    }

    private void checkGrants(PipelineModel pipeline, FunctionModel function, Diagnostics diagnostics) {
        // Grants of one kind are numbered in declaration order, to find the annotation at fault.
        Grant.Visitor<Void> check = new Grant.Visitor<>() {
            private int tables;
            private int buckets;
            private int queues;
            private int topics;
            private int eventBuses;
            private int kinesisStreams;

            @Override
            public Void table(Grant.TableGrant grant) {
                undeclared(pipeline, function, UsesTable.class, UsesTable.List.class, tables++, grant.resource(),
                        "table", "tables", pipeline.tables().stream().map(TableModel::name).toList(), diagnostics);
                return null;
            }

            @Override
            public Void bucket(Grant.BucketGrant grant) {
                undeclared(pipeline, function, UsesBucket.class, UsesBucket.List.class, buckets++, grant.resource(),
                        "bucket", "buckets", pipeline.buckets().stream().map(BucketModel::name).toList(), diagnostics);
                return null;
            }

            @Override
            public Void queue(Grant.QueueGrant grant) {
                undeclared(pipeline, function, UsesQueue.class, UsesQueue.List.class, queues++, grant.resource(),
                        "queue", "queues", pipeline.queues().stream().map(QueueModel::name).toList(), diagnostics);
                return null;
            }

            @Override
            public Void topic(Grant.TopicGrant grant) {
                undeclared(pipeline, function, UsesTopic.class, UsesTopic.List.class, topics++, grant.resource(),
                        "topic", "topics", pipeline.topics().stream().map(TopicModel::name).toList(), diagnostics);
                return null;
            }

            @Override
            public Void kinesisStream(Grant.KinesisStreamGrant grant) {
                undeclared(pipeline, function, UsesKinesisStream.class, UsesKinesisStream.List.class,
                        kinesisStreams++, grant.resource(), "stream", "kinesisStreams",
                        pipeline.kinesisStreams().stream().map(KinesisStreamModel::name).toList(), diagnostics);
                return null;
            }

            @Override
            public Void eventBus(Grant.EventBusGrant grant) {
                List<String> buses = new ArrayList<>();
                buses.add(EventBusModel.DEFAULT);
                pipeline.eventBuses().forEach(bus -> buses.add(bus.name()));
                undeclared(pipeline, function, UsesEventBus.class, UsesEventBus.List.class, eventBuses++,
                        grant.resource(), "event bus", "eventBuses", buses, diagnostics);
                return null;
            }
        };
        function.grants().forEach(grant -> grant.accept(check));
    }

    private void undeclared(PipelineModel pipeline, FunctionModel function, Class<? extends Annotation> type,
            Class<? extends Annotation> container, int index, String name, String kind, String attribute,
            List<String> declared, Diagnostics diagnostics) {
        if (declared.contains(name)) {
            return;
        }
        diagnostics.method(function).ifPresent(method -> {
            Occurrence at = Annotations.occurrences(method, type, container).get(index);
            diagnostics.report().error(method, at.mirror(), at.at("value"), Message.GRANT_UNDECLARED,
                    type.getSimpleName(), name, kind, attribute, pipeline.declaringClass().canonicalName(),
                    Diagnostics.listed(declared), Diagnostics.didYouMean(name, declared));
        });
    }
}
