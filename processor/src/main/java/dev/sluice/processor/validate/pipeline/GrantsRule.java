package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.parse.Annotations.Occurrence;
import dev.sluice.processor.parse.Annotations;
import java.lang.annotation.Annotation;
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
        List<String> tables = pipeline.tables().stream().map(TableModel::name).toList();
        List<String> buckets = pipeline.buckets().stream().map(BucketModel::name).toList();
        List<String> queues = pipeline.queues().stream().map(QueueModel::name).toList();
        int tableIndex = 0;
        int bucketIndex = 0;
        int queueIndex = 0;
        for (Grant grant : function.grants()) {
            if (grant instanceof Grant.TableGrant table) {
                undeclared(pipeline, function, UsesTable.class, UsesTable.List.class, tableIndex++, table.resource(),
                        "table", "tables", tables, diagnostics);
            } else if (grant instanceof Grant.BucketGrant bucket) {
                undeclared(pipeline, function, UsesBucket.class, UsesBucket.List.class, bucketIndex++,
                        bucket.resource(), "bucket", "buckets", buckets, diagnostics);
            } else if (grant instanceof Grant.QueueGrant queue) {
                undeclared(pipeline, function, UsesQueue.class, UsesQueue.List.class, queueIndex++, queue.resource(),
                        "queue", "queues", queues, diagnostics);
            }
        }
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
