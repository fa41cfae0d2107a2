package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.annotations.OnStream;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.IamStatementModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a module's {@code serverless.yml} from its models: the service, one function per trigger method, the
 * resources the pipeline declares, and one IAM role per function holding exactly its own logs, its trigger and
 * its declared grants. Key order is fixed and every list has a defined order, so the same sources always give
 * the same bytes and a one-line annotation change gives a small diff. This class writes the document, the provider
 * and the functions with their events; {@link Resources} the resources, {@link Roles} the roles, {@link Refs} the
 * names and ARNs all of them use.
 *
 * <p>Wildcards appear only where AWS leaves no choice, each documented where it is written: log streams (Lambda
 * names them at run time), table indexes ({@code /index/*} covers indexes added later), and object keys under a
 * granted prefix.
 */
public final class ServerlessDescriptor {

    private final PipelineModel pipeline;
    private final List<FunctionModel> functions;
    private final String artifact;
    private final Refs refs;

    /** {@code functions} in the order they are written (by name). */
    public ServerlessDescriptor(PipelineModel pipeline, List<FunctionModel> functions, String artifact) {
        this.pipeline = pipeline;
        this.functions = functions;
        this.artifact = artifact;
        this.refs = new Refs(pipeline, functions);
    }

    public String write() {
        Mapping document = map()
                .put("service", pipeline.service())
                .put("frameworkVersion", ">=3")
                .put("configValidationMode", "error")
                .put("provider", provider()).blankLineBefore("provider")
                .put("package", map("artifact", artifact)).blankLineBefore("package")
                .put("functions", functions()).blankLineBefore("functions");
        Mapping resources = new Resources(pipeline, functions, refs, new Roles(pipeline, refs)).resources();
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
            } else if (!refs.notifying(bucket).isEmpty()) {
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
                    .put("arn", refs.queueArn(pipeline.queue(trigger.onFailure()).orElseThrow()))));
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
                        refs.tableName(pipeline.table(table.resource()).orElseThrow()));
            } else if (grant instanceof Grant.BucketGrant bucket) {
                environment.put(Names.bucketEnv(bucket.resource()),
                        refs.bucketName(pipeline.bucket(bucket.resource()).orElseThrow()));
            } else if (grant instanceof Grant.QueueGrant queue) {
                environment.put(Names.queueUrlEnv(queue.resource()),
                        refs.queueUrl(pipeline.queue(queue.resource()).orElseThrow()));
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
                .put("arn", refs.queueArn(sqs.queue()))
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
                .put("arn", refs.streamArn(pipeline.table(stream.table()).orElseThrow()))
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
                    .put("arn", refs.queueArn(pipeline.queue(stream.failureQueue()).orElseThrow()))
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


}
