package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.annotations.OnStream;
import dev.sluice.annotations.Table;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.IamStatementModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.QueueRef;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a module's {@code serverless.yml} from its models: the service, one function per trigger method, the
 * resources the pipeline declares, and one IAM role per function holding exactly its own logs, its trigger and
 * its declared grants. Key order is fixed and every list has a defined order, so the same sources always give
 * the same bytes and a one-line annotation change gives a small diff.
 *
 * <p>Wildcards appear only where AWS leaves no choice, each documented where it is written: log streams (Lambda
 * names them at run time), table indexes ({@code /index/*} covers indexes added later), and object keys under a
 * granted prefix.
 */
public final class ServerlessDescriptor {

    /** SQS's cap on a queue's visibility timeout (12 hours). */
    static final int MAX_VISIBILITY_TIMEOUT = 43_200;
    /** A dead-letter queue keeps messages as long as SQS allows (14 days), for inspection and redrive. */
    static final int DEAD_LETTER_RETENTION = 1_209_600;
    /** The notification custom resource's runtime: supported by Lambda until 2027-04-30 at the earliest. */
    static final String NOTIFIER_RUNTIME = "nodejs22.x";

    private final PipelineModel pipeline;
    private final List<FunctionModel> functions;
    private final String artifact;

    /** {@code functions} in the order they are written (by name). */
    public ServerlessDescriptor(PipelineModel pipeline, List<FunctionModel> functions, String artifact) {
        this.pipeline = pipeline;
        this.functions = functions;
        this.artifact = artifact;
    }

    public String write() {
        Mapping document = map()
                .put("service", pipeline.service())
                .put("frameworkVersion", ">=3")
                .put("configValidationMode", "error")
                .put("provider", provider()).blankLineBefore("provider")
                .put("package", map("artifact", artifact)).blankLineBefore("package")
                .put("functions", functions()).blankLineBefore("functions");
        Mapping resources = resources();
        if (!resources.isEmpty()) {
            document.put("resources", map("Resources", resources)).blankLineBefore("resources");
        }
        return Yaml.write(header(), document);
    }

    private List<String> header() {
        TreeSet<String> sources = new TreeSet<>();
        sources.add(pipeline.declaringClass().canonicalName());
        functions.forEach(f -> sources.add(f.userClass().canonicalName()));
        List<String> lines = new ArrayList<>();
        for (String line : Templates.fill("serverless-header.txt", Map.of("sources", String.join(", ", sources),
                "resources", String.valueOf(resourceCount()))).split("\n")) {
            lines.addAll(List.of(wrap(line, COMMENT_WIDTH).split("\n")));
        }
        return lines;
    }

    /** CloudFormation's limit on the resources of one stack. */
    public static final int MAX_STACK_RESOURCES = 500;

    /**
     * How many resources the stack has once the Serverless Framework has packaged this descriptor: its deployment
     * bucket and policy; per function its log group, function, version and Sluice's role, plus its SnapStart
     * alias, its event source mapping, its asynchronous invoke configuration, and the schedule rule and permission
     * or the S3 permission Sluice writes for it; and the resources the pipeline creates. {@code it} checks the
     * number against every template it packages.
     */
    public int resourceCount() {
        int count = 2;
        for (FunctionModel function : functions) {
            count += 4;
            if (function.effectiveSnapStart(pipeline)) {
                count++;
            }
            Trigger trigger = function.trigger();
            if (trigger instanceof SqsTrigger || trigger instanceof StreamTrigger) {
                count++;
            }
            if (trigger instanceof ScheduleTrigger) {
                count += 2;
            }
            if (trigger instanceof S3Trigger) {
                count++;
            }
            if (trigger.maximumRetryAttempts() != null || trigger.onFailure() != null) {
                count++;
            }
        }
        for (QueueModel queue : pipeline.queues()) {
            if (queue.created()) {
                count += queue.hasDeadLetterQueue() ? 2 : 1;
            }
        }
        count += (int) pipeline.tables().stream().filter(TableModel::created).count();
        boolean notifier = false;
        for (BucketModel bucket : pipeline.buckets()) {
            if (bucket.created()) {
                count++;
            } else if (!notifying(bucket).isEmpty()) {
                count++;
                notifier = true;
            }
        }
        // The custom resource's function, role and log group.
        return notifier ? count + 3 : count;
    }

    private Mapping provider() {
        Mapping provider = map()
                .put("name", "aws")
                .put("runtime", pipeline.runtime())
                .put("stage", "${opt:stage, '" + pipeline.stage() + "'}")
                .put("region", "${opt:region, '" + pipeline.region() + "'}")
                .put("memorySize", pipeline.memoryMb())
                .put("timeout", pipeline.timeoutSeconds());
        if (pipeline.logRetentionDays() > 0) {
            provider.put("logRetentionInDays", pipeline.logRetentionDays());
        }
        if (!pipeline.javaToolOptions().isBlank()) {
            provider.put("environment", map("JAVA_TOOL_OPTIONS", pipeline.javaToolOptions()));
            provider.comment("environment", "The JVM flags AWS recommends for Lambda (@Pipeline.javaToolOptions).");
        }
        return provider;
    }

    // --- functions ------------------------------------------------------------------------------------------

    private Mapping functions() {
        Mapping all = map();
        for (FunctionModel function : functions) {
            all.put(function.name(), function(function));
            all.comment(function.name(), summary(function));
        }
        return all;
    }

    private Mapping function(FunctionModel function) {
        Mapping out = map().put("handler", function.handlerReference());
        if (!function.description().isEmpty()) {
            out.put("description", Yaml.literal(function.description()));
        }
        out.put("memorySize", function.effectiveMemoryMb(pipeline))
                .put("timeout", function.effectiveTimeoutSeconds(pipeline));
        if (function.ephemeralStorageMb() != null) {
            out.put("ephemeralStorageSize", function.ephemeralStorageMb());
        }
        if (function.reservedConcurrency() != null) {
            out.put("reservedConcurrency", function.reservedConcurrency());
        }
        if (function.effectiveSnapStart(pipeline)) {
            out.put("snapStart", true);
        }
        out.put("role", map("Fn::GetAtt", List.of(Names.roleId(function.name()), "Arn")));
        Mapping environment = environment(function);
        if (!environment.isEmpty()) {
            out.put("environment", environment);
        }
        // Asynchronous triggers (schedules, S3): Lambda's retries, then the on-failure destination.
        Trigger trigger = function.trigger();
        if (trigger.maximumRetryAttempts() != null) {
            out.put("maximumRetryAttempts", trigger.maximumRetryAttempts());
        }
        if (trigger.onFailure() != null) {
            out.put("destinations", map("onFailure", map()
                    .put("type", "sqs")
                    .put("arn", queueArn(pipeline.queue(trigger.onFailure()).orElseThrow()))));
        }
        Mapping event = event(function);
        if (event != null) {
            out.put("events", List.of(event));
        }
        return out;
    }

    /** The comment above a function: what its role allows, in words. */
    private String summary(FunctionModel function) {
        List<String> lines = new ArrayList<>();
        if (function.trigger() instanceof SqsTrigger sqs) {
            lines.add("receives from queue " + sqs.queue().name() + " (trigger)");
        }
        if (function.trigger() instanceof ScheduleTrigger schedule) {
            lines.add("runs on " + schedule.expression() + " UTC");
        }
        if (function.trigger() instanceof S3Trigger s3) {
            lines.add("runs on uploads to bucket " + s3.bucket()
                    + (s3.prefix().isEmpty() ? "" : " under " + s3.prefix())
                    + (s3.suffix().isEmpty() ? "" : " ending in " + s3.suffix())
                    + (pipeline.bucket(s3.bucket()).orElseThrow().created()
                            ? " (notification set on the bucket)"
                            : " (notification set on the existing bucket by the " + Names.NOTIFIER + " function)")
                    + (s3.readsContent() ? " and reads them" : ""));
        }
        if (function.trigger() instanceof StreamTrigger stream) {
            lines.add("reads the stream of table " + stream.table() + " (trigger)");
            if (stream.failureQueue() != null) {
                lines.add("sends dropped records to queue " + stream.failureQueue());
            }
        }
        if (function.trigger().onFailure() != null) {
            lines.add("sends failed events to queue " + function.trigger().onFailure());
        }
        for (Grant grant : function.grants()) {
            if (grant instanceof Grant.TableGrant table) {
                lines.add(words(table.access().name()) + " table " + table.resource());
            } else if (grant instanceof Grant.BucketGrant bucket) {
                lines.add(words(bucket.access().name()) + " bucket " + bucket.resource()
                        + (bucket.prefix().isEmpty() ? "" : " under " + bucket.prefix()));
            } else if (grant instanceof Grant.QueueGrant queue) {
                lines.add("sends to queue " + queue.resource());
            }
        }
        for (IamStatementModel statement : function.statements()) {
            lines.add(String.join(", ", statement.actions()) + " on " + String.join(", ", statement.resources())
                    + " (@IamStatement)");
        }
        lines.add("writes its own log");
        return wrap(function.name() + ": " + String.join("; ", lines) + ".", COMMENT_WIDTH);
    }

    /** Comments stay within this many characters a line, so the file reads well in a review. */
    private static final int COMMENT_WIDTH = 110;

    /** Breaks {@code text} at spaces into lines of at most {@code width} characters (longer words stay whole). */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String words(String access) {
        return access.toLowerCase().replace('_', '/') + "s";
    }

    private Mapping environment(FunctionModel function) {
        Mapping environment = map();
        function.environment().forEach(environment::put);
        for (Grant grant : function.grants()) {
            if (grant instanceof Grant.TableGrant table) {
                environment.put(Names.tableEnv(table.resource()),
                        tableName(pipeline.table(table.resource()).orElseThrow()));
            } else if (grant instanceof Grant.BucketGrant bucket) {
                environment.put(Names.bucketEnv(bucket.resource()),
                        bucketName(pipeline.bucket(bucket.resource()).orElseThrow()));
            } else if (grant instanceof Grant.QueueGrant queue) {
                environment.put(Names.queueUrlEnv(queue.resource()),
                        queueUrl(pipeline.queue(queue.resource()).orElseThrow()));
            }
        }
        return environment;
    }

    /**
     * The framework's event, or null when the descriptor wires the trigger itself: S3 notifications, and
     * schedules, whose rule the framework assembles by pasting the description and input into JSON text unescaped
     * (a quote or a backslash in either fails the deploy).
     */
    private Mapping event(FunctionModel function) {
        if (function.trigger() instanceof S3Trigger || function.trigger() instanceof ScheduleTrigger) {
            return null;
        }
        if (function.trigger() instanceof StreamTrigger stream) {
            return map("stream", streamEvent(stream));
        }
        SqsTrigger sqs = (SqsTrigger) function.trigger();
        Mapping event = map()
                .put("arn", queueArn(sqs.queue()))
                .put("batchSize", sqs.batchSize());
        if (sqs.maxBatchingWindowSeconds() > 0) {
            event.put("maximumBatchingWindow", sqs.maxBatchingWindowSeconds());
        }
        if (sqs.maximumConcurrency() != null) {
            event.put("maximumConcurrency", sqs.maximumConcurrency());
        }
        // The generated handler reports failed messages; without this Lambda would ignore the report.
        event.put("functionResponseType", "ReportBatchItemFailures");
        return map("sqs", event);
    }

    private Mapping streamEvent(StreamTrigger stream) {
        Mapping event = map()
                .put("type", "dynamodb")
                .put("arn", streamArn(pipeline.table(stream.table()).orElseThrow()))
                .put("batchSize", stream.batchSize())
                .put("startingPosition", stream.startingPosition().name());
        if (stream.maxBatchingWindowSeconds() > 0) {
            // The framework's key for streams; "maximumBatchingWindow" is its key for SQS only.
            event.put("batchWindow", stream.maxBatchingWindowSeconds());
        }
        if (stream.bisectOnError()) {
            event.put("bisectBatchOnFunctionError", true);
        }
        if (stream.retryAttempts() != null) {
            event.put("maximumRetryAttempts", stream.retryAttempts());
        }
        if (stream.maximumRecordAgeSeconds() != null) {
            event.put("maximumRecordAgeInSeconds", stream.maximumRecordAgeSeconds());
        }
        if (stream.parallelizationFactor() > 1) {
            event.put("parallelizationFactor", stream.parallelizationFactor());
        }
        if (stream.failureQueue() != null) {
            event.put("destinations", map("onFailure", map()
                    .put("arn", queueArn(pipeline.queue(stream.failureQueue()).orElseThrow()))
                    .put("type", "sqs")));
        }
        if (stream.events().size() < OnStream.ChangeType.values().length) {
            // Lambda filters before invoking: unwanted changes never cost an invocation.
            event.put("filterPatterns", List.of(map("eventName",
                    stream.events().stream().map(Enum::name).toList())));
        }
        // The generated handler checkpoints at the first failure; without this Lambda would ignore it.
        event.put("functionResponseType", "ReportBatchItemFailures");
        return event;
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

    private Object streamArn(TableModel table) {
        return table.created() ? map("Fn::GetAtt", List.of(Names.tableId(table.name()), "StreamArn")) : table.streamArn();
    }

    // --- resources ------------------------------------------------------------------------------------------

    private Mapping resources() {
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
            } else if (!notifying(bucket).isEmpty()) {
                resources.put(Names.bucketNotificationsId(bucket.name()), existingBucketNotifications(bucket));
                notifiedExisting.add(bucket);
            }
            for (FunctionModel function : notifying(bucket)) {
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
                                .put("FunctionName", invocationTarget(function))
                                .put("Action", "lambda:InvokeFunction")
                                .put("Principal", "events.amazonaws.com")
                                .put("SourceArn", getAtt(Names.scheduleRuleId(function.name())))));
            }
        }
        for (FunctionModel function : functions) {
            resources.put(Names.roleId(function.name()), role(function));
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
        Mapping target = map().put("Id", function.name()).put("Arn", invocationTarget(function));
        if (schedule.input() != null) {
            target.put("Input", Yaml.literal(schedule.input()));
        }
        properties.put("Targets", List.of(target));
        return map().put("Type", "AWS::Events::Rule").put("Properties", properties);
    }

    /**
     * What S3 and EventBridge invoke: the function's ARN, or with SnapStart the framework's {@code snapstart}
     * alias (its Ref is the alias ARN), since only published versions start from a snapshot.
     */
    private Object invocationTarget(FunctionModel function) {
        return function.effectiveSnapStart(pipeline)
                ? map("Ref", Names.snapStartAliasId(function.name()))
                : getAtt(Names.lambdaId(function.name()));
    }

    /** The functions {@code bucket} notifies, by name. */
    private List<FunctionModel> notifying(BucketModel bucket) {
        List<FunctionModel> notified = new ArrayList<>();
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof S3Trigger s3 && s3.bucket().equals(bucket.name())) {
                notified.add(function);
            }
        }
        return notified;
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
                    .put("deadLetterTargetArn", getAtt(Names.deadLetterQueueId(queue.name())))
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

    /**
     * A created bucket's name, as a Fn::Sub template with {@link #STACK_SUFFIX}: {@code <service>-<bucket>-<12 hex
     * digits of the stack's id>}. Bucket names are global, and a stack id is unique to one stage, region and
     * account, so no two stacks collide; unlike a name holding the stage, region and account, its length is known
     * at compile time ({@link Names#bucketNameLength}), so no stage or region can push it past S3's 63 characters.
     * Built from the stack rather than read from the bucket, so that roles and notification permissions can name
     * the bucket without depending on it (which would be a cycle).
     */
    private String bucketNameTemplate(BucketModel bucket) {
        return Names.bucketNamePrefix(pipeline.service(), bucket.name()) + "${" + STACK_SUFFIX + "}";
    }

    /** The variable of bucket name templates: the last group of the stack id's UUID. */
    private static final String STACK_SUFFIX = "StackSuffix";

    /** A bucket-name Fn::Sub: the template and its one variable. */
    private static Mapping subWithStackSuffix(String template) {
        // arn:...:stack/<name>/<uuid> → <uuid> → its fifth group, 12 hex digits.
        Mapping uuid = map("Fn::Select", List.of(2, map("Fn::Split", List.of("/", map("Ref", "AWS::StackId")))));
        Mapping suffix = map("Fn::Select", List.of(4, map("Fn::Split", List.of("-", uuid))));
        return map("Fn::Sub", List.of(template, map(STACK_SUFFIX, suffix)));
    }

    private Mapping bucket(BucketModel bucket) {
        Mapping properties = map()
                .put("BucketName", subWithStackSuffix(bucketNameTemplate(bucket)))
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
                            .put("Function", invocationTarget(function));
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
        for (FunctionModel function : notifying(bucket)) {
            S3Trigger s3 = (S3Trigger) function.trigger();
            Mapping configuration = map()
                    // The Lambda function's name: unique in the account and region, so stacks never collide.
                    .put("Id", Names.physical(function.name()))
                    .put("FunctionArn", invocationTarget(function))
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
                        .put("ServiceToken", getAtt(Names.NOTIFIER_FUNCTION_ID))
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
                        .put("Role", getAtt(Names.NOTIFIER_ROLE_ID))
                        .put("Code", map("ZipFile", new Yaml.Block(code))));
    }

    private Mapping notifierRole(List<BucketModel> buckets) {
        List<Object> statements = logStatements(notifierName());
        List<Object> arns = new ArrayList<>();
        buckets.forEach(bucket -> arns.add(bucketArn(bucket)));
        statements.add(statement("BucketNotifications", Permissions.BUCKET_NOTIFICATIONS, arns));
        return role(Names.NOTIFIER, "Role of the S3 notification custom resource only; generated by Sluice",
                statements);
    }

    /** Lets S3 invoke {@code function}, for notifications from {@code bucket} of this account only. */
    private Mapping s3Permission(FunctionModel function, BucketModel bucket) {
        return map()
                .put("Type", "AWS::Lambda::Permission")
                .put("Properties", map()
                        .put("FunctionName", invocationTarget(function))
                        .put("Action", "lambda:InvokeFunction")
                        .put("Principal", "s3.amazonaws.com")
                        .put("SourceAccount", map("Ref", "AWS::AccountId"))
                        .put("SourceArn", bucketArn(bucket)));
    }

    // --- roles ----------------------------------------------------------------------------------------------

    /** Writing to the log group of the function named {@code functionName}, and nothing else of CloudWatch. */
    private static List<Object> logStatements(String functionName) {
        List<Object> statements = new ArrayList<>();
        String logGroup = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
                + functionName;
        // Lambda names log streams at run time: the stream part of these ARNs cannot be narrower.
        statements.add(statement("CreateLogStream", Permissions.LOG_STREAM_CREATE, List.of(sub(logGroup + ":*"))));
        statements.add(statement("PutLogEvents", Permissions.LOG_EVENTS_PUT,
                List.of(sub(logGroup + ":log-stream:*"))));
        return statements;
    }

    private Mapping role(FunctionModel function) {
        List<Object> statements = logStatements(Names.physical(function.name()));

        if (function.trigger() instanceof SqsTrigger sqs) {
            statements.add(statement("Receive" + Names.pascal(sqs.queue().name()) + "Trigger",
                    Permissions.SQS_TRIGGER, List.of(queueArn(sqs.queue()))));
        }
        if (function.trigger() instanceof S3Trigger s3 && s3.readsContent()) {
            // Only a method that takes the content may read it, and only what its trigger matches: prefix and suffix
            // (an object ARN may hold a wildcard in the middle), so it cannot read objects meant for another trigger.
            BucketModel bucket = pipeline.bucket(s3.bucket()).orElseThrow();
            statements.add(statement("Read" + Names.pascal(bucket.name()) + "TriggerObjects",
                    Permissions.bucketObjects(UsesBucket.Access.READ),
                    List.of(join(bucketArn(bucket),
                            "/" + iamLiteral(s3.prefix()) + "*" + iamLiteral(s3.suffix())))));
        }
        if (function.trigger() instanceof StreamTrigger stream) {
            TableModel table = pipeline.table(stream.table()).orElseThrow();
            statements.add(statement("Read" + Names.pascal(table.name()) + "StreamTrigger",
                    Permissions.DYNAMODB_STREAM_TRIGGER, List.of(streamArn(table))));
            if (stream.failureQueue() != null) {
                // Lambda sends descriptions of dropped records with the function's own role.
                statements.add(statement("OnFailureTo" + Names.pascal(stream.failureQueue()), Permissions.SQS_SEND,
                        List.of(queueArn(pipeline.queue(stream.failureQueue()).orElseThrow()))));
            }
        }
        if (function.trigger().onFailure() != null) {
            // Lambda sends failed asynchronous events with the function's own role.
            String queue = function.trigger().onFailure();
            statements.add(statement("OnFailureTo" + Names.pascal(queue), Permissions.SQS_SEND,
                    List.of(queueArn(pipeline.queue(queue).orElseThrow()))));
        }
        for (Grant grant : function.grants()) {
            if (grant instanceof Grant.TableGrant table) {
                tableStatements(table, statements);
            } else if (grant instanceof Grant.BucketGrant bucket) {
                bucketStatements(bucket, statements);
            } else if (grant instanceof Grant.QueueGrant queue) {
                statements.add(statement("SendTo" + Names.pascal(queue.resource()), Permissions.SQS_SEND,
                        List.of(queueArn(pipeline.queue(queue.resource()).orElseThrow()))));
            }
        }
        int raw = 0;
        for (IamStatementModel statement : function.statements()) {
            statements.add(statement("IamStatement" + ++raw, new TreeSet<>(statement.actions()).stream().toList(),
                    new ArrayList<>(statement.resources())));
        }
        return role(function.name(), "Role of function " + function.name() + " only; generated by Sluice",
                statements);
    }

    private Mapping role(String function, String description, List<Object> statements) {
        Mapping properties = map()
                .put("RoleName", map("Fn::Join", List.of("-", List.of(
                        Names.roleNamePrefix(pipeline.service(), function),
                        "${sls:stage}",
                        map("Ref", "AWS::Region")))))
                .put("Description", description)
                .put("AssumeRolePolicyDocument", map()
                        .put("Version", "2012-10-17")
                        .put("Statement", List.of(map()
                                .put("Effect", "Allow")
                                .put("Principal", map("Service", "lambda.amazonaws.com"))
                                .put("Action", "sts:AssumeRole"))))
                .put("Policies", List.of(map()
                        .put("PolicyName", function)
                        .put("PolicyDocument", map()
                                .put("Version", "2012-10-17")
                                .put("Statement", statements))));
        return map().put("Type", "AWS::IAM::Role").put("Properties", properties);
    }

    private void tableStatements(Grant.TableGrant grant, List<Object> statements) {
        TableModel table = pipeline.table(grant.resource()).orElseThrow();
        String sid = Names.pascal(grant.access().name().toLowerCase()) + Names.pascal(table.name()) + "Table";
        Object arn = tableArn(table);
        statements.add(statement(sid, Permissions.table(grant.access()), List.of(arn)));
        List<String> indexActions = Permissions.tableIndexes(grant.access());
        if (!indexActions.isEmpty() && !table.indexes().isEmpty()) {
            // All indexes of the table, including ones added later: index ARNs have no narrower form that
            // survives adding an index.
            statements.add(statement(sid + "Indexes", indexActions, List.of(join(arn, "/index/*"))));
        }
    }

    private void bucketStatements(Grant.BucketGrant grant, List<Object> statements) {
        BucketModel bucket = pipeline.bucket(grant.resource()).orElseThrow();
        String sid = Names.pascal(grant.access().name().toLowerCase()) + Names.pascal(bucket.name()) + "Bucket";
        Object arn = bucketArn(bucket);
        // Object ARNs under the prefix: keys are data, known only at run time.
        statements.add(statement(sid + "Objects", Permissions.bucketObjects(grant.access()),
                List.of(join(arn, "/" + iamLiteral(grant.prefix()) + "*"))));
        List<String> listing = Permissions.bucketListing(grant.access());
        if (!listing.isEmpty()) {
            Mapping list = statement(sid + "Listing", listing, List.of(arn));
            if (!grant.prefix().isEmpty()) {
                list.put("Condition", map("StringLike", map("s3:prefix",
                        List.of(Yaml.literal(iamLiteral(grant.prefix())) + "*"))));
            }
            statements.add(list);
        }
    }

    private static Mapping statement(String sid, List<String> actions, List<Object> resources) {
        return map()
                .put("Sid", sid)
                .put("Effect", "Allow")
                .put("Action", actions)
                .put("Resource", resources);
    }

    // --- ARNs and names -------------------------------------------------------------------------------------

    private Object queueArn(QueueRef ref) {
        if (!ref.isDeclared()) {
            return ref.arn();
        }
        return queueArn(pipeline.queue(ref.declaredName()).orElseThrow());
    }

    private static Object queueArn(QueueModel queue) {
        return queue.created() ? getAtt(Names.queueId(queue.name())) : queue.arn();
    }

    private static Object queueUrl(QueueModel queue) {
        if (queue.created()) {
            return map("Ref", Names.queueId(queue.name()));
        }
        String[] arn = queue.arn().split(":");
        return "https://sqs." + arn[3] + ".amazonaws.com/" + arn[4] + "/" + arn[5];
    }

    private static Object tableArn(TableModel table) {
        return table.created() ? getAtt(Names.tableId(table.name())) : table.arn();
    }

    private static Object tableName(TableModel table) {
        return table.created()
                ? map("Ref", Names.tableId(table.name()))
                : table.arn().substring(table.arn().indexOf(":table/") + ":table/".length());
    }

    private Object bucketArn(BucketModel bucket) {
        return bucket.created()
                ? subWithStackSuffix("arn:${AWS::Partition}:s3:::" + bucketNameTemplate(bucket))
                : sub("arn:${AWS::Partition}:s3:::" + bucket.existing());
    }

    private Object bucketName(BucketModel bucket) {
        return bucket.created() ? subWithStackSuffix(bucketNameTemplate(bucket)) : bucket.existing();
    }

    private static Mapping getAtt(String logicalId) {
        return map("Fn::GetAtt", List.of(logicalId, "Arn"));
    }

    private static Mapping sub(String template) {
        return map("Fn::Sub", template);
    }

    /** {@code arn} (a string or an intrinsic) followed by the literal text {@code suffix}. */
    private static Object join(Object arn, String suffix) {
        if (arn instanceof String text) {
            return text + Yaml.literal(suffix);
        }
        if (arn instanceof Mapping mapping && mapping.get("Fn::Sub") != null) {
            // In a Fn::Sub template "${!" stands for a literal "${".
            String escaped = Yaml.literal(suffix.replace("${", "${!"));
            if (mapping.get("Fn::Sub") instanceof List<?> templateAndVariables) {
                return map("Fn::Sub", List.of(templateAndVariables.get(0) + escaped, templateAndVariables.get(1)));
            }
            return sub(mapping.get("Fn::Sub") + escaped);
        }
        return map("Fn::Join", List.of("", List.of(arn, Yaml.literal(suffix))));
    }

    /**
     * {@code text} as a literal in an IAM resource ARN or a {@code StringLike} condition, where {@code *} and
     * {@code ?} are wildcards and {@code ${...}} a policy variable: IAM's own escapes {@code ${*}}, {@code ${?}}
     * and {@code ${$}} stand for the characters themselves (policy version 2012-10-17, which every role has).
     */
    static String iamLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*', '?', '$' -> out.append("${").append(c).append('}');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
