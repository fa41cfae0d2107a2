package dev.sluice.processor.validate.pipeline;

import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Physical names within AWS's limits, and no two resources or variables derived into one id. */
public final class ResourceNamesRule implements PipelineRule {

    /** SQS queue names and S3 bucket names are limited to 80 and 63 characters. */
    private static final int QUEUE_NAME_MAX = 80;
    private static final int BUCKET_NAME_MAX = 63;

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        checkResourceNames(pipeline, diagnostics);
    }

    /** Physical names within AWS's limits at the default stage, and no two resources sharing an id. */
    private void checkResourceNames(PipelineModel pipeline, Diagnostics diagnostics) {
        Map<String, Owner> ids = new HashMap<>();
        Owner framework = new Owner("resource", "of the Serverless Framework");
        ids.put("ServerlessDeploymentBucket", framework);
        ids.put("ServerlessDeploymentBucketPolicy", framework);
        for (int i = 0; i < pipeline.queues().size(); i++) {
            QueueModel queue = pipeline.queues().get(i);
            claim(pipeline, ids, new Owner("queue", queue.name()), "queues", i, diagnostics,
                    Names.queueId(queue.name()), Names.deadLetterQueueId(queue.name()),
                    Names.queueUrlEnv(queue.name()));
            if (!queue.created()) {
                continue;
            }
            String longest = queue.hasDeadLetterQueue() ? Names.deadLetterName(queue.name()) : queue.name();
            String physical = Names.physicalFor(pipeline.service(), pipeline.stage(), longest);
            if (physical.length() > QUEUE_NAME_MAX) {
                diagnostics.onPipelineResource(pipeline, "queues", i, "name", Message.PHYSICAL_NAME_TOO_LONG, "queue",
                        queue.name(), physical, physical.length(), pipeline.stage(), QUEUE_NAME_MAX, "queue");
            }
        }
        for (int i = 0; i < pipeline.tables().size(); i++) {
            TableModel table = pipeline.tables().get(i);
            claim(pipeline, ids, new Owner("table", table.name()), "tables", i, diagnostics,
                    Names.tableId(table.name()), Names.tableEnv(table.name()));
        }
        for (int i = 0; i < pipeline.buckets().size(); i++) {
            BucketModel bucket = pipeline.buckets().get(i);
            claim(pipeline, ids, new Owner("bucket", bucket.name()), "buckets", i, diagnostics,
                    Names.bucketId(bucket.name()), Names.bucketEnv(bucket.name()));
            // <service>-<bucket>-<12 hex digits of the stack id>: the same length at every stage and region.
            int length = Names.bucketNameLength(pipeline.service(), bucket.name());
            if (bucket.created() && length > BUCKET_NAME_MAX) {
                diagnostics.onPipelineResource(pipeline, "buckets", i, "name", Message.BUCKET_NAME_TOO_LONG,
                        bucket.name(), Names.bucketNamePrefix(pipeline.service(), bucket.name()) + "<stack id>",
                        length, BUCKET_NAME_MAX);
            }
        }
    }

    /** Who derived a CloudFormation logical id or an environment variable name first. */
    private record Owner(String kind, String name) {}

    private void claim(PipelineModel pipeline, Map<String, Owner> ids, Owner owner, String attribute, int index,
            Diagnostics diagnostics, String... derived) {
        for (String id : derived) {
            Owner previous = ids.putIfAbsent(id, owner);
            if (previous != null && !previous.equals(owner)) {
                diagnostics.onPipelineResource(pipeline, attribute, index, "name", Message.RESOURCE_ID_CLASH,
                        previous.kind(), previous.name(), owner.kind(), owner.name(), id);
                return;
            }
        }
    }
}
