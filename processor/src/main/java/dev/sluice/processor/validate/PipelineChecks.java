package dev.sluice.processor.validate;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.OnStream;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Schedule;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesQueue;
import dev.sluice.annotations.UsesTable;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.Annotations.Occurrence;
import dev.sluice.processor.step.ElementLocator;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Rules that need the whole module: they run once every function and the pipeline are known, after the last
 * round. Each rule reports on the annotation at fault, in whichever class it is.
 */
public final class PipelineChecks {

    /** SQS queue names and S3 bucket names are limited to 80 and 63 characters. */
    private static final int QUEUE_NAME_MAX = 80;
    private static final int BUCKET_NAME_MAX = 63;
    /** Lambda function names, {@code <service>-<stage>-<function>} as the framework builds them. */
    private static final int FUNCTION_NAME_MAX = 64;

    private final ElementLocator locator;

    public PipelineChecks(ElementLocator locator) {
        this.locator = locator;
    }

    /** {@code functions} sorted by name; {@code pipeline} null when the module declares none. */
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Report report) {
        if (pipeline == null) {
            if (!functions.isEmpty()) {
                FunctionModel first = functions.get(0);
                locator.method(first.origin()).ifPresent(method -> report.error(method, Message.PIPELINE_MISSING,
                        first.origin().type() + "." + first.method()));
            }
            return;
        }
        checkResourceNames(pipeline, report);
        Map<String, FunctionModel> byName = new HashMap<>();
        Map<String, FunctionModel> byResourceId = new HashMap<>();
        for (FunctionModel function : functions) {
            FunctionModel other = byName.putIfAbsent(function.name(), function);
            if (other != null) {
                on(function, Function.class, "name", report, Message.FUNCTION_NAME_DUPLICATE, function.name(),
                        other.origin(), function.origin());
            } else {
                // The framework names a function's resources after it, capitalised, with '-' as "Dash" and '_' as
                // "Underscore": distinct names can meet there, and one function would silently replace the other.
                String id = Names.normalizedFunction(function.name());
                FunctionModel same = byResourceId.putIfAbsent(id, function);
                if (same != null) {
                    on(function, Function.class, "name", report, Message.FUNCTION_ID_CLASH, same.name(),
                            function.name(), id + "LambdaFunction");
                }
            }
            if (function.trigger() instanceof SqsTrigger sqs) {
                checkTriggerQueue(pipeline, function, sqs, report);
            }
            // Asynchronous triggers' destination, or a stream mapping's: both name a declared queue.
            String onFailure = function.trigger() instanceof StreamTrigger stream
                    ? stream.failureQueue()
                    : function.trigger().onFailure();
            Class<? extends Annotation> withOnFailure = function.trigger() instanceof S3Trigger ? OnS3Upload.class
                    : function.trigger() instanceof StreamTrigger ? OnStream.class
                    : Schedule.class;
            if (onFailure != null && pipeline.queue(onFailure).isEmpty()) {
                List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
                on(function, withOnFailure, "onFailure", report, Message.ON_FAILURE_UNDECLARED, onFailure,
                        pipeline.declaringClass().canonicalName(), listed(declared), didYouMean(onFailure, declared),
                        onFailure);
            } else if (onFailure != null && pipeline.queue(onFailure).orElseThrow().fifo()) {
                // Lambda accepts the configuration, then fails every delivery (DestinationDeliveryFailures).
                on(function, withOnFailure, "onFailure", report, Message.ON_FAILURE_FIFO, onFailure, function.name());
            }
            if (function.trigger() instanceof S3Trigger s3) {
                checkS3(pipeline, function, s3, report);
            }
            if (function.trigger() instanceof StreamTrigger stream) {
                checkStream(pipeline, function, stream, report);
            }
            String lambdaName = Names.physicalFor(pipeline.service(), pipeline.stage(), function.name());
            if (lambdaName.length() > FUNCTION_NAME_MAX) {
                on(function, Function.class, "name", report, Message.PHYSICAL_NAME_TOO_LONG, "function",
                        function.name(), lambdaName, lambdaName.length(), pipeline.stage(), FUNCTION_NAME_MAX,
                        "function (@Function(name = ...))");
            }
            int timeoutMillis = function.effectiveTimeoutSeconds(pipeline) * 1000;
            if (function.timeoutMarginMillis() < 0 || function.timeoutMarginMillis() >= timeoutMillis) {
                on(function, Function.class, "timeoutMarginMillis", report, Message.TIMEOUT_MARGIN,
                        function.timeoutMarginMillis(), timeoutMillis / 1000, timeoutMillis);
            }
            checkGrants(pipeline, function, report);
            checkEnvironmentSize(pipeline, function, report);
        }
        checkS3Overlaps(functions, report);
        checkSharedSources(functions, report);
    }

    /**
     * Lambda's limit on a function's environment: 4 KB for all names and values together, counting what Sluice
     * adds (JAVA_TOOL_OPTIONS, the SLUICE_* names of granted resources). Resource names are resolved at deploy
     * time; they are counted at their longest: a 16-character stage, a 14-character region, a 12-digit account
     * (bucket names have a fixed length).
     */
    private void checkEnvironmentSize(PipelineModel pipeline, FunctionModel function, Report report) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        if (!pipeline.javaToolOptions().isBlank() && !function.environment().containsKey("JAVA_TOOL_OPTIONS")) {
            sizes.put("JAVA_TOOL_OPTIONS", pipeline.javaToolOptions().getBytes(StandardCharsets.UTF_8).length);
        }
        function.environment().forEach((name, value) -> sizes.put(name, value.getBytes(StandardCharsets.UTF_8).length));
        String longestPrefix = pipeline.service() + "-" + "s".repeat(Names.STAGE_BUDGET) + "-";
        int regionAndAccount = 14 + 12;
        for (Grant grant : function.grants()) {
            String resource = grant.resource();
            if (grant instanceof Grant.TableGrant) {
                sizes.put(Names.tableEnv(resource), pipeline.table(resource).map(t -> t.created()
                        ? longestPrefix.length() + resource.length() : t.arn().length()).orElse(0));
            } else if (grant instanceof Grant.BucketGrant) {
                sizes.put(Names.bucketEnv(resource), pipeline.bucket(resource).map(b -> b.created()
                        ? Names.bucketNameLength(pipeline.service(), resource)
                        : b.existing().length()).orElse(0));
            } else if (grant instanceof Grant.QueueGrant) {
                // https://sqs.<region>.amazonaws.com/<account>/<name>
                sizes.put(Names.queueUrlEnv(resource), "https://sqs..amazonaws.com//".length() + regionAndAccount
                        + pipeline.queue(resource).map(q -> q.created()
                                ? longestPrefix.length() + resource.length() : q.arn().length()).orElse(0));
            }
        }
        int total = 0;
        for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
            total += entry.getKey().length() + entry.getValue();
        }
        if (total > ENVIRONMENT_MAX_BYTES) {
            on(function, Function.class, "environment", report, Message.ENV_TOO_LARGE, function.name(), total,
                    ENVIRONMENT_MAX_BYTES, String.join(", ", sizes.keySet()));
        }
    }

    private static final int ENVIRONMENT_MAX_BYTES = 4096;

    /**
     * Two functions on one queue each get part of its messages, silently; more than two readers of one DynamoDB
     * stream shard are throttled (AWS recommends at most two). Both deploy, so both are warnings.
     */
    private void checkSharedSources(List<FunctionModel> functions, Report report) {
        Map<String, List<FunctionModel>> byQueue = new LinkedHashMap<>();
        Map<String, List<FunctionModel>> byStream = new LinkedHashMap<>();
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof SqsTrigger sqs) {
                String key = sqs.queue().isDeclared() ? sqs.queue().declaredName() : sqs.queue().arn();
                byQueue.computeIfAbsent(key, k -> new ArrayList<>()).add(function);
            } else if (function.trigger() instanceof StreamTrigger stream) {
                byStream.computeIfAbsent(stream.table(), k -> new ArrayList<>()).add(function);
            }
        }
        byQueue.forEach((queue, consumers) -> {
            for (FunctionModel consumer : consumers.subList(1, consumers.size())) {
                warnOn(consumer, OnSqs.class, consumer.trigger() instanceof SqsTrigger sqs && sqs.queue().isDeclared()
                        ? "queue" : "queueArn", report, Message.SQS_SHARED_QUEUE, queue, consumers.get(0).name(),
                        consumer.name());
            }
        });
        byStream.forEach((table, readers) -> {
            for (FunctionModel reader : readers.subList(Math.min(2, readers.size()), readers.size())) {
                warnOn(reader, OnStream.class, "table", report, Message.STREAM_TOO_MANY_READERS, table, readers.size(),
                        readers.stream().map(FunctionModel::name).collect(Collectors.joining(", ")));
            }
        });
    }

    /**
     * S3 refuses, at deploy time, a bucket notification configuration in which one object event could match two
     * entries: overlapping event types whose prefixes and suffixes also overlap.
     */
    private void checkS3Overlaps(List<FunctionModel> functions, Report report) {
        List<FunctionModel> earlier = new ArrayList<>();
        for (FunctionModel function : functions) {
            if (!(function.trigger() instanceof S3Trigger s3)) {
                continue;
            }
            for (FunctionModel other : earlier) {
                S3Trigger first = (S3Trigger) other.trigger();
                String event = sharedEvent(first.events(), s3.events());
                if (first.bucket().equals(s3.bucket()) && event != null
                        && (first.prefix().startsWith(s3.prefix()) || s3.prefix().startsWith(first.prefix()))
                        && (first.suffix().endsWith(s3.suffix()) || s3.suffix().endsWith(first.suffix()))) {
                    String longerPrefix = first.prefix().length() > s3.prefix().length() ? first.prefix() : s3.prefix();
                    String longerSuffix = first.suffix().length() > s3.suffix().length() ? first.suffix() : s3.suffix();
                    on(function, OnS3Upload.class, "bucket", report, Message.S3_OVERLAP, other.name(), function.name(),
                            event, s3.bucket(), longerPrefix + "*" + longerSuffix);
                    break;
                }
            }
            earlier.add(function);
        }
    }

    /** An event both lists receive ({@code s3:ObjectCreated:*} covers {@code s3:ObjectCreated:Put}), or null. */
    private static String sharedEvent(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (covers(x, y)) {
                    return y;
                }
                if (covers(y, x)) {
                    return x;
                }
            }
        }
        return null;
    }

    private static boolean covers(String wide, String narrow) {
        return wide.equals(narrow) || (wide.endsWith("*") && narrow.startsWith(wide.substring(0, wide.length() - 1)));
    }

    private void checkTriggerQueue(PipelineModel pipeline, FunctionModel function, SqsTrigger sqs, Report report) {
        if (!sqs.queue().isDeclared()) {
            return;
        }
        String name = sqs.queue().declaredName();
        Optional<QueueModel> queue = pipeline.queue(name);
        if (queue.isEmpty()) {
            List<String> declared = pipeline.queues().stream().map(QueueModel::name).toList();
            on(function, OnSqs.class, "queue", report, Message.SQS_QUEUE_UNDECLARED, name,
                    pipeline.declaringClass().canonicalName(), listed(declared), didYouMean(name, declared), name);
            return;
        }
        Integer visibility = queue.get().visibilityTimeoutSeconds();
        int timeout = function.effectiveTimeoutSeconds(pipeline);
        if (visibility != null && visibility < timeout) {
            int derived = 6 * timeout + sqs.maxBatchingWindowSeconds();
            onPipelineResource(pipeline, "queues", pipeline.queues().indexOf(queue.get()), "visibilityTimeoutSeconds",
                    report, Message.QUEUE_VISIBILITY_BELOW_TIMEOUT, name, visibility, timeout, function.name(),
                    derived);
        }
    }

    private void checkStream(PipelineModel pipeline, FunctionModel function, StreamTrigger stream, Report report) {
        Optional<TableModel> table = pipeline.table(stream.table());
        if (table.isEmpty()) {
            List<String> declared = pipeline.tables().stream().map(TableModel::name).toList();
            on(function, OnStream.class, "table", report, Message.STREAM_TABLE_UNDECLARED, stream.table(),
                    pipeline.declaringClass().canonicalName(), listed(declared), didYouMean(stream.table(), declared),
                    stream.table());
            return;
        }
        if (table.get().created()) {
            return;
        }
        if (table.get().streamArn() == null) {
            on(function, OnStream.class, "table", report, Message.STREAM_ARN_MISSING, stream.table());
            return;
        }
        String carries = table.get().streamViewType();
        boolean needsNew = stream.images() == OnStream.Images.NEW || stream.images() == OnStream.Images.NEW_AND_OLD;
        boolean needsOld = stream.images() == OnStream.Images.OLD || stream.images() == OnStream.Images.NEW_AND_OLD;
        if (carries != null && ((needsNew && !carries.equals("NEW_IMAGE") && !carries.equals("NEW_AND_OLD_IMAGES"))
                || (needsOld && !carries.equals("OLD_IMAGE") && !carries.equals("NEW_AND_OLD_IMAGES")))) {
            on(function, OnStream.class, "images", report, Message.STREAM_VIEW_TYPE, function.name(),
                    stream.images().name().toLowerCase(Locale.ROOT).replace('_', ' '), stream.table(), carries);
        }
    }

    private void checkS3(PipelineModel pipeline, FunctionModel function, S3Trigger s3, Report report) {
        Optional<BucketModel> bucket = pipeline.bucket(s3.bucket());
        if (bucket.isEmpty()) {
            List<String> declared = pipeline.buckets().stream().map(BucketModel::name).toList();
            on(function, OnS3Upload.class, "bucket", report, Message.S3_BUCKET_UNDECLARED, s3.bucket(),
                    pipeline.declaringClass().canonicalName(), listed(declared), didYouMean(s3.bucket(), declared),
                    s3.bucket());
            return;
        }
        String notifier = Names.physicalFor(pipeline.service(), pipeline.stage(), Names.NOTIFIER);
        if (!bucket.get().created() && notifier.length() > FUNCTION_NAME_MAX) {
            // The custom resource that sets notifications on existing buckets is a function too.
            on(function, OnS3Upload.class, "bucket", report, Message.PHYSICAL_NAME_TOO_LONG,
                    "the S3 notification function for existing buckets,", Names.NOTIFIER, notifier,
                    notifier.length(), pipeline.stage(), FUNCTION_NAME_MAX, "stage");
        }
        for (Grant grant : function.grants()) {
            // Writing emits ObjectCreated events, deleting ObjectRemoved: only those can come back to this trigger.
            boolean writes = grant instanceof Grant.BucketGrant g
                    && (g.access() == UsesBucket.Access.WRITE || g.access() == UsesBucket.Access.READ_WRITE);
            boolean deletes = grant instanceof Grant.BucketGrant g && g.access() == UsesBucket.Access.DELETE;
            boolean emitsWhatTriggers = writes && s3.events().stream().anyMatch(e -> e.startsWith("s3:ObjectCreated:"))
                    || deletes && s3.events().stream().anyMatch(e -> e.startsWith("s3:ObjectRemoved:"));
            if (grant instanceof Grant.BucketGrant write && write.resource().equals(s3.bucket()) && emitsWhatTriggers
                    && (write.prefix().startsWith(s3.prefix()) || s3.prefix().startsWith(write.prefix()))) {
                boolean created = write.access() != UsesBucket.Access.DELETE;
                on(function, OnS3Upload.class, "bucket", report, Message.S3_RECURSIVE_TRIGGER, function.name(),
                        created ? "uploads" : "removals", s3.bucket(),
                        s3.prefix().isEmpty() ? "" : " under \"" + s3.prefix() + "\"",
                        created ? "writes to" : "deletes from",
                        write.prefix().isEmpty() ? "" : " under \"" + write.prefix() + "\"",
                        created ? "writes" : "deletes");
                return;
            }
        }
    }

    private void checkGrants(PipelineModel pipeline, FunctionModel function, Report report) {
        List<String> tables = pipeline.tables().stream().map(TableModel::name).toList();
        List<String> buckets = pipeline.buckets().stream().map(BucketModel::name).toList();
        List<String> queues = pipeline.queues().stream().map(QueueModel::name).toList();
        int tableIndex = 0;
        int bucketIndex = 0;
        int queueIndex = 0;
        for (Grant grant : function.grants()) {
            if (grant instanceof Grant.TableGrant table) {
                undeclared(pipeline, function, UsesTable.class, UsesTable.List.class, tableIndex++, table.resource(),
                        "table", "tables", tables, report);
            } else if (grant instanceof Grant.BucketGrant bucket) {
                undeclared(pipeline, function, UsesBucket.class, UsesBucket.List.class, bucketIndex++,
                        bucket.resource(), "bucket", "buckets", buckets, report);
            } else if (grant instanceof Grant.QueueGrant queue) {
                undeclared(pipeline, function, UsesQueue.class, UsesQueue.List.class, queueIndex++, queue.resource(),
                        "queue", "queues", queues, report);
            }
        }
    }

    private void undeclared(PipelineModel pipeline, FunctionModel function, Class<? extends Annotation> type,
            Class<? extends Annotation> container, int index, String name, String kind, String attribute,
            List<String> declared, Report report) {
        if (declared.contains(name)) {
            return;
        }
        locator.method(function.origin()).ifPresent(method -> {
            Occurrence at = Annotations.occurrences(method, type, container).get(index);
            report.error(method, at.mirror(), at.at("value"), Message.GRANT_UNDECLARED, type.getSimpleName(), name,
                    kind, attribute, pipeline.declaringClass().canonicalName(), listed(declared),
                    didYouMean(name, declared));
        });
    }

    /** Physical names within AWS's limits at the default stage, and no two resources sharing an id. */
    private void checkResourceNames(PipelineModel pipeline, Report report) {
        Map<String, Owner> ids = new HashMap<>();
        Owner framework = new Owner("resource", "of the Serverless Framework");
        ids.put("ServerlessDeploymentBucket", framework);
        ids.put("ServerlessDeploymentBucketPolicy", framework);
        for (int i = 0; i < pipeline.queues().size(); i++) {
            QueueModel queue = pipeline.queues().get(i);
            claim(pipeline, ids, new Owner("queue", queue.name()), "queues", i, report,
                    Names.queueId(queue.name()), Names.deadLetterQueueId(queue.name()), Names.queueUrlEnv(queue.name()));
            if (!queue.created()) {
                continue;
            }
            String longest = queue.hasDeadLetterQueue() ? Names.deadLetterName(queue.name()) : queue.name();
            String physical = Names.physicalFor(pipeline.service(), pipeline.stage(), longest);
            if (physical.length() > QUEUE_NAME_MAX) {
                onPipelineResource(pipeline, "queues", i, "name", report, Message.PHYSICAL_NAME_TOO_LONG, "queue",
                        queue.name(), physical, physical.length(), pipeline.stage(), QUEUE_NAME_MAX, "queue");
            }
        }
        for (int i = 0; i < pipeline.tables().size(); i++) {
            TableModel table = pipeline.tables().get(i);
            claim(pipeline, ids, new Owner("table", table.name()), "tables", i, report,
                    Names.tableId(table.name()), Names.tableEnv(table.name()));
        }
        for (int i = 0; i < pipeline.buckets().size(); i++) {
            BucketModel bucket = pipeline.buckets().get(i);
            claim(pipeline, ids, new Owner("bucket", bucket.name()), "buckets", i, report,
                    Names.bucketId(bucket.name()), Names.bucketEnv(bucket.name()));
            // <service>-<bucket>-<12 hex digits of the stack id>: the same length at every stage and region.
            int length = Names.bucketNameLength(pipeline.service(), bucket.name());
            if (bucket.created() && length > BUCKET_NAME_MAX) {
                onPipelineResource(pipeline, "buckets", i, "name", report, Message.BUCKET_NAME_TOO_LONG,
                        bucket.name(), Names.bucketNamePrefix(pipeline.service(), bucket.name()) + "<stack id>",
                        length, BUCKET_NAME_MAX);
            }
        }
    }

    /** Who derived a CloudFormation logical id or an environment variable name first. */
    private record Owner(String kind, String name) {}

    private void claim(PipelineModel pipeline, Map<String, Owner> ids, Owner owner, String attribute, int index,
            Report report, String... derived) {
        for (String id : derived) {
            Owner previous = ids.putIfAbsent(id, owner);
            if (previous != null && !previous.equals(owner)) {
                onPipelineResource(pipeline, attribute, index, "name", report, Message.RESOURCE_ID_CLASH,
                        previous.kind(), previous.name(), owner.kind(), owner.name(), id);
                return;
            }
        }
    }

    private void on(FunctionModel function, Class<? extends Annotation> annotation, String attribute, Report report,
            Message message, Object... args) {
        locator.method(function.origin()).ifPresent(method -> {
            AnnotationMirror mirror = Annotations.mirror(method, annotation).orElse(null);
            report.error(method, mirror, Annotations.written(mirror, attribute), message, args);
        });
    }

    private void warnOn(FunctionModel function, Class<? extends Annotation> annotation, String attribute,
            Report report, Message message, Object... args) {
        locator.method(function.origin()).ifPresent(method -> {
            AnnotationMirror mirror = Annotations.mirror(method, annotation).orElse(null);
            report.warning(method, mirror, Annotations.written(mirror, attribute), message, args);
        });
    }

    /** Reports on attribute {@code attribute} of the {@code index}-th resource in {@code @Pipeline(kind = ...)}. */
    private void onPipelineResource(PipelineModel pipeline, String kind, int index, String attribute, Report report,
            Message message, Object... args) {
        Optional<TypeElement> type = locator.type(pipeline.declaringClass().canonicalName());
        type.ifPresent(element -> {
            AnnotationMirror mirror = Annotations.mirror(element, Pipeline.class).orElse(null);
            AnnotationValue nested = Annotations.at(Annotations.elements(mirror, kind), index);
            report.error(element, mirror, Annotations.attribute(nested, attribute), message, args);
        });
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : names.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String didYouMean(String name, List<String> candidates) {
        return Suggestions.closest(name, candidates).map(s -> " Did you mean \"" + s + "\"?").orElse("");
    }
}
