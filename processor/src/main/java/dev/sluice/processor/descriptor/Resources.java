package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.annotations.OnStream;
import dev.sluice.annotations.Table;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources the descriptor adds: the pipeline's queues, tables and buckets, bucket notifications (and the
 * custom resource for existing buckets), schedule rules, invoke permissions and the roles.
 */
final class Resources {

    /** SQS's cap on a queue's visibility timeout (12 hours). */
    static final int MAX_VISIBILITY_TIMEOUT = 43_200;
    /** A dead-letter queue keeps messages as long as SQS allows (14 days), for inspection and redrive. */
    static final int DEAD_LETTER_RETENTION = 1_209_600;
    /** The notification custom resource's runtime: supported by Lambda until 2027-04-30 at the earliest. */
    static final String NOTIFIER_RUNTIME = "nodejs22.x";

    private final PipelineModel pipeline;
    private final List<FunctionModel> functions;
    private final Refs refs;
    private final Roles roles;

    Resources(PipelineModel pipeline, List<FunctionModel> functions, Refs refs, Roles roles) {
        this.pipeline = pipeline;
        this.functions = functions;
        this.refs = refs;
        this.roles = roles;
    }

    Mapping resources() {
        Mapping resources = map();
        for (QueueModel queue : pipeline.queues()) {
            if (!queue.created()) {
                continue;
            }
            resources.put(Names.queueId(queue.name()), queue(queue));
            if (queue.hasDeadLetterQueue()) {
                resources.put(Names.deadLetterQueueId(queue.name()), deadLetterQueue(queue));
            }
        }
        for (TableModel table : pipeline.tables()) {
            if (table.created()) {
                resources.put(Names.tableId(table.name()), table(table));
            }
        }
        List<BucketModel> notifiedExisting = new ArrayList<>();
        for (BucketModel bucket : pipeline.buckets()) {
            if (bucket.created()) {
                resources.put(Names.bucketId(bucket.name()), bucket(bucket));
            } else if (!refs.notifying(bucket).isEmpty()) {
                resources.put(Names.bucketNotificationsId(bucket.name()), existingBucketNotifications(bucket));
                notifiedExisting.add(bucket);
            }
            for (FunctionModel function : refs.notifying(bucket)) {
                resources.put(Names.s3PermissionId(function.name()), s3Permission(function, bucket));
            }
        }
        if (!notifiedExisting.isEmpty()) {
            resources.put(Names.NOTIFIER_LOG_GROUP_ID, notifierLogGroup());
            resources.put(Names.NOTIFIER_FUNCTION_ID, notifierFunction());
            resources.put(Names.NOTIFIER_ROLE_ID, notifierRole(notifiedExisting));
        }
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof ScheduleTrigger schedule) {
                resources.put(Names.scheduleRuleId(function.name()), scheduleRule(function, schedule));
                resources.put(Names.schedulePermissionId(function.name()), map()
                        .put("Type", "AWS::Lambda::Permission")
                        .put("Properties", map()
                                .put("FunctionName", refs.invocationTarget(function))
                                .put("Action", "lambda:InvokeFunction")
                                .put("Principal", "events.amazonaws.com")
                                .put("SourceArn", refs.getAtt(Names.scheduleRuleId(function.name())))));
            }
        }
        for (FunctionModel function : functions) {
            resources.put(Names.roleId(function.name()), roles.role(function));
        }
        return resources;
    }

    /** The EventBridge rule that runs a {@code @Schedule} function (in UTC, as EventBridge rules do). */
    private Mapping scheduleRule(FunctionModel function, ScheduleTrigger schedule) {
        Mapping properties = map().put("ScheduleExpression", schedule.expression());
        if (!schedule.description().isEmpty()) {
            properties.put("Description", Yaml.literal(schedule.description()));
        }
        properties.put("State", schedule.enabled() ? "ENABLED" : "DISABLED");
        Mapping target = map().put("Id", function.name()).put("Arn", refs.invocationTarget(function));
        if (schedule.input() != null) {
            target.put("Input", Yaml.literal(schedule.input()));
        }
        properties.put("Targets", List.of(target));
        return map().put("Type", "AWS::Events::Rule").put("Properties", properties);
    }



    private Mapping queue(QueueModel queue) {
        Mapping properties = map().put("QueueName", Names.physical(queue.name()));
        if (queue.fifo()) {
            properties.put("FifoQueue", true);
        }
        Integer visibility = visibilityTimeout(queue);
        if (visibility != null) {
            properties.put("VisibilityTimeout", visibility);
        }
        if (queue.hasDeadLetterQueue()) {
            properties.put("RedrivePolicy", map()
                    .put("deadLetterTargetArn", refs.getAtt(Names.deadLetterQueueId(queue.name())))
                    .put("maxReceiveCount", queue.maxReceiveCount()));
        }
        return map().put("Type", "AWS::SQS::Queue").put("Properties", properties);
    }

    /**
     * A queue's visibility timeout: as declared, else the largest {@link SqsTrigger#recommendedVisibilityTimeout}
     * over its consumers; null (SQS's default) for a queue no function reads.
     */
    public Integer visibilityTimeout(QueueModel queue) {
        if (queue.visibilityTimeoutSeconds() != null) {
            return queue.visibilityTimeoutSeconds();
        }
        Integer derived = null;
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof SqsTrigger sqs && sqs.queue().isDeclared()
                    && sqs.queue().declaredName().equals(queue.name())) {
                int needed = sqs.recommendedVisibilityTimeout(function.effectiveTimeoutSeconds(pipeline));
                derived = derived == null ? needed : Math.max(derived, needed);
            }
        }
        return derived == null ? null : Math.min(derived, MAX_VISIBILITY_TIMEOUT);
    }

    private Mapping deadLetterQueue(QueueModel queue) {
        Mapping properties = map().put("QueueName", Names.physical(Names.deadLetterName(queue.name())));
        if (queue.fifo()) {
            properties.put("FifoQueue", true);
        }
        properties.put("MessageRetentionPeriod", DEAD_LETTER_RETENTION);
        return map().put("Type", "AWS::SQS::Queue").put("Properties", properties);
    }

    private Mapping table(TableModel table) {
        List<Object> attributes = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        types.put(table.partitionKey(), table.partitionKeyType().code());
        if (table.sortKey() != null) {
            types.put(table.sortKey(), table.sortKeyType().code());
        }
        for (TableModel.IndexModel index : table.indexes()) {
            types.putIfAbsent(index.partitionKey(), index.partitionKeyType().code());
            if (index.sortKey() != null) {
                types.putIfAbsent(index.sortKey(), index.sortKeyType().code());
            }
        }
        types.forEach((name, type) -> attributes.add(map().put("AttributeName", Yaml.literal(name))
                .put("AttributeType", type)));

        Mapping properties = map()
                .put("TableName", Names.physical(table.name()))
                .put("AttributeDefinitions", attributes)
                .put("KeySchema", keySchema(table.partitionKey(), table.sortKey()))
                .put("BillingMode", table.billing().name());
        if (table.billing() == Table.Billing.PROVISIONED) {
            properties.put("ProvisionedThroughput", throughput(table));
        }
        if (!table.indexes().isEmpty()) {
            List<Object> indexes = new ArrayList<>();
            for (TableModel.IndexModel index : table.indexes()) {
                Mapping gsi = map()
                        .put("IndexName", index.name())
                        .put("KeySchema", keySchema(index.partitionKey(), index.sortKey()))
                        .put("Projection", map("ProjectionType", "ALL"));
                if (table.billing() == Table.Billing.PROVISIONED) {
                    gsi.put("ProvisionedThroughput", throughput(table));
                }
                indexes.add(gsi);
            }
            properties.put("GlobalSecondaryIndexes", indexes);
        }
        String viewType = streamViewType(table);
        if (viewType != null) {
            properties.put("StreamSpecification", map("StreamViewType", viewType));
        }
        properties.put("PointInTimeRecoverySpecification", map("PointInTimeRecoveryEnabled", true));
        // Data outlives the stack: deleting or replacing the stack must never delete a table.
        return map()
                .put("Type", "AWS::DynamoDB::Table")
                .put("DeletionPolicy", "Retain")
                .put("UpdateReplacePolicy", "Retain")
                .put("Properties", properties);
    }

    private static List<Object> keySchema(String partitionKey, String sortKey) {
        List<Object> schema = new ArrayList<>();
        schema.add(map().put("AttributeName", Yaml.literal(partitionKey)).put("KeyType", "HASH"));
        if (sortKey != null) {
            schema.add(map().put("AttributeName", Yaml.literal(sortKey)).put("KeyType", "RANGE"));
        }
        return schema;
    }

    private static Mapping throughput(TableModel table) {
        return map()
                .put("ReadCapacityUnits", table.readCapacity())
                .put("WriteCapacityUnits", table.writeCapacity());
    }


    private Mapping bucket(BucketModel bucket) {
        Mapping properties = map()
                .put("BucketName", refs.subWithStackSuffix(refs.bucketNameTemplate(bucket)))
                .put("PublicAccessBlockConfiguration", map()
                        .put("BlockPublicAcls", true)
                        .put("BlockPublicPolicy", true)
                        .put("IgnorePublicAcls", true)
                        .put("RestrictPublicBuckets", true))
                .put("OwnershipControls", map("Rules", List.of(map("ObjectOwnership", "BucketOwnerEnforced"))))
                .put("BucketEncryption", map("ServerSideEncryptionConfiguration", List.of(
                        map("ServerSideEncryptionByDefault", map("SSEAlgorithm", "AES256")))));
        List<Object> notifications = new ArrayList<>();
        List<String> permissions = new ArrayList<>();
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof S3Trigger s3 && s3.bucket().equals(bucket.name())) {
                for (String event : s3.events()) {
                    Mapping notification = map()
                            .put("Event", event)
                            .put("Function", refs.invocationTarget(function));
                    List<Object> rules = new ArrayList<>();
                    if (!s3.prefix().isEmpty()) {
                        rules.add(map().put("Name", "prefix").put("Value", Yaml.literal(s3.prefix())));
                    }
                    if (!s3.suffix().isEmpty()) {
                        rules.add(map().put("Name", "suffix").put("Value", Yaml.literal(s3.suffix())));
                    }
                    if (!rules.isEmpty()) {
                        notification.put("Filter", map("S3Key", map("Rules", rules)));
                    }
                    notifications.add(notification);
                }
                permissions.add(Names.s3PermissionId(function.name()));
            }
        }
        if (!notifications.isEmpty()) {
            properties.put("NotificationConfiguration", map("LambdaConfigurations", notifications));
        }
        Mapping resource = map().put("Type", "AWS::S3::Bucket");
        if (!permissions.isEmpty()) {
            // S3 checks that it may invoke each function when the notification is configured.
            resource.put("DependsOn", permissions);
        }
        return resource
                .put("DeletionPolicy", "Retain")
                .put("UpdateReplacePolicy", "Retain")
                .put("Properties", properties);
    }

    // --- notifications on existing buckets ------------------------------------------------------------------

    /*
     * CloudFormation can set notifications only on a bucket it creates. For an existing bucket a small custom
     * resource (inline Node.js, from sluice-codegen-templates) reads the bucket's notification configuration,
     * replaces the entries whose Id this stack wrote and writes it back, leaving everyone else's entries alone.
     * Its role may read and write the notification configuration of exactly these buckets and write its own logs:
     * unlike the framework's `existing: true`, which adds a shared role with lambda:AddPermission on every
     * function of the account, the invoke permission here is a plain AWS::Lambda::Permission per function.
     * One custom resource per bucket, so that two functions on one bucket never race on its configuration.
     */

    private Mapping existingBucketNotifications(BucketModel bucket) {
        List<Object> configurations = new ArrayList<>();
        List<String> permissions = new ArrayList<>();
        for (FunctionModel function : refs.notifying(bucket)) {
            S3Trigger s3 = (S3Trigger) function.trigger();
            Mapping configuration = map()
                    // The Lambda function's name: unique in the account and region, so stacks never collide.
                    .put("Id", Names.physical(function.name()))
                    .put("FunctionArn", refs.invocationTarget(function))
                    .put("Events", s3.events());
            if (!s3.prefix().isEmpty()) {
                configuration.put("Prefix", Yaml.literal(s3.prefix()));
            }
            if (!s3.suffix().isEmpty()) {
                configuration.put("Suffix", Yaml.literal(s3.suffix()));
            }
            configurations.add(configuration);
            permissions.add(Names.s3PermissionId(function.name()));
        }
        return map()
                .put("Type", "Custom::SluiceS3Notifications")
                // S3 checks that it may invoke each function when the notification is configured.
                .put("DependsOn", permissions)
                .put("Properties", map()
                        .put("ServiceToken", refs.getAtt(Names.NOTIFIER_FUNCTION_ID))
                        .put("Bucket", bucket.existing())
                        .put("Configurations", configurations));
    }

    private String notifierName() {
        return Names.physical(Names.NOTIFIER);
    }

    private Mapping notifierLogGroup() {
        Mapping properties = map("LogGroupName", "/aws/lambda/" + notifierName());
        // It logs only deploys: the pipeline's retention when it sets one, else a month rather than forever.
        properties.put("RetentionInDays", pipeline.logRetentionDays() > 0 ? pipeline.logRetentionDays() : 30);
        return map().put("Type", "AWS::Logs::LogGroup").put("Properties", properties);
    }

    private Mapping notifierFunction() {
        String code = Templates.text("custom-resources/s3-notifications.js");
        if (code.contains("${")) {
            // The Serverless Framework would resolve it as one of its variables and change the code.
            throw new IllegalStateException("s3-notifications.js must not contain a dollar-brace");
        }
        return map()
                .put("Type", "AWS::Lambda::Function")
                // Created first, so that the function never needs logs:CreateLogGroup.
                .put("DependsOn", List.of(Names.NOTIFIER_LOG_GROUP_ID))
                .put("Properties", map()
                        .put("FunctionName", notifierName())
                        .put("Description", "Sets S3 notifications on existing buckets; generated by Sluice")
                        .put("Runtime", NOTIFIER_RUNTIME)
                        .put("Handler", "index.handler")
                        .put("MemorySize", 128)
                        .put("Timeout", 60)
                        .put("Role", refs.getAtt(Names.NOTIFIER_ROLE_ID))
                        .put("Code", map("ZipFile", new Yaml.Block(code))));
    }

    private Mapping notifierRole(List<BucketModel> buckets) {
        List<Object> statements = roles.logStatements(notifierName());
        List<Object> arns = new ArrayList<>();
        buckets.forEach(bucket -> arns.add(refs.bucketArn(bucket)));
        statements.add(roles.statement("BucketNotifications", Permissions.BUCKET_NOTIFICATIONS, arns));
        return roles.role(Names.NOTIFIER, "Role of the S3 notification custom resource only; generated by Sluice",
                statements);
    }

    /** Lets S3 invoke {@code function}, for notifications from {@code bucket} of this account only. */
    private Mapping s3Permission(FunctionModel function, BucketModel bucket) {
        return map()
                .put("Type", "AWS::Lambda::Permission")
                .put("Properties", map()
                        .put("FunctionName", refs.invocationTarget(function))
                        .put("Action", "lambda:InvokeFunction")
                        .put("Principal", "s3.amazonaws.com")
                        .put("SourceAccount", map("Ref", "AWS::AccountId"))
                        .put("SourceArn", refs.bucketArn(bucket)));
    }

    /** The stream view type a created table needs: the union of what its stream consumers read. */
    private String streamViewType(TableModel table) {
        boolean newImages = false;
        boolean oldImages = false;
        boolean consumed = false;
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof StreamTrigger stream && stream.table().equals(table.name())) {
                consumed = true;
                newImages |= stream.images() == OnStream.Images.NEW || stream.images() == OnStream.Images.NEW_AND_OLD;
                oldImages |= stream.images() == OnStream.Images.OLD || stream.images() == OnStream.Images.NEW_AND_OLD;
            }
        }
        if (!consumed) {
            return null;
        }
        return newImages && oldImages ? "NEW_AND_OLD_IMAGES"
                : newImages ? "NEW_IMAGE"
                : oldImages ? "OLD_IMAGE"
                : "KEYS_ONLY";
    }
}
