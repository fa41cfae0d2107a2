package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.FunctionSpec;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.IamStatementModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A function's entry: its settings, its environment (with the names of granted resources) and its summary. */
final class Functions {

    /** Comments stay within this many characters a line, so the file reads well in a review. */
    static final int COMMENT_WIDTH = 110;

    private final Refs refs;

    Functions(Refs refs) {
        this.refs = refs;
    }

    FunctionSpec function(FunctionModel function, TriggerSpec trigger) {
        PipelineModel pipeline = refs.pipeline();
        // Asynchronous triggers (schedules, S3): Lambda's retries, then the on-failure destination. A stream's
        // are its mapping's, in its event.
        boolean async = function.trigger().invokedAsynchronously();
        String onFailure = async ? function.trigger().onFailure() : null;
        return new FunctionSpec(function.name(), summary(function, trigger), function.handlerReference(),
                function.description(), function.effectiveMemoryMb(pipeline),
                function.effectiveTimeoutSeconds(pipeline), function.ephemeralStorageMb(),
                function.reservedConcurrency(), function.effectiveSnapStart(pipeline), Names.roleId(function.name()),
                environment(function), async ? function.trigger().maximumRetryAttempts() : null,
                onFailure == null ? null : refs.queueArn(onFailure), trigger.event(), trigger.properties());
    }

    /** The comment above a function: what its role allows, in words. */
    private String summary(FunctionModel function, TriggerSpec trigger) {
        List<String> lines = new ArrayList<>(trigger.summary());
        if (function.trigger().invokedAsynchronously() && function.trigger().onFailure() != null) {
            lines.add("sends failed events to queue " + function.trigger().onFailure());
        }
        for (Grant grant : function.grants()) {
            lines.add(grant.accept(grantSummary));
        }
        for (IamStatementModel statement : function.statements()) {
            lines.add(String.join(", ", statement.actions()) + " on " + String.join(", ", statement.resources())
                    + " (@IamStatement)");
        }
        lines.add("writes its own log");
        return wrap(function.name() + ": " + String.join("; ", lines) + ".", COMMENT_WIDTH);
    }

    private static final Grant.Visitor<String> grantSummary = new Grant.Visitor<>() {
        @Override
        public String table(Grant.TableGrant grant) {
            return words(grant.access().name()) + " table " + grant.resource() + (grant.only().isEmpty() ? ""
                    : " (only " + String.join(", ", Permissions.table(grant.access(), grant.only())) + ")");
        }

        @Override
        public String bucket(Grant.BucketGrant grant) {
            return words(grant.access().name()) + " bucket " + grant.resource()
                    + (grant.prefix().isEmpty() ? "" : " under " + grant.prefix());
        }

        @Override
        public String queue(Grant.QueueGrant grant) {
            return "sends to queue " + grant.resource();
        }

        @Override
        public String topic(Grant.TopicGrant grant) {
            return "publishes to topic " + grant.resource();
        }

        @Override
        public String eventBus(Grant.EventBusGrant grant) {
            return "puts events on bus " + grant.resource();
        }

        @Override
        public String kinesisStream(Grant.KinesisStreamGrant grant) {
            return "puts records on stream " + grant.resource();
        }
    };

    private static String words(String access) {
        return access.toLowerCase().replace('_', '/') + "s";
    }

    /** The function's own variables, then one per granted resource, named as the runtime's Resources reads them. */
    private Map<String, Object> environment(FunctionModel function) {
        Map<String, Object> environment = new LinkedHashMap<>(function.environment());
        Grant.Visitor<Void> names = new Grant.Visitor<>() {
            @Override
            public Void table(Grant.TableGrant grant) {
                environment.put(Names.tableEnv(grant.resource()),
                        refs.tableName(refs.pipeline().table(grant.resource()).orElseThrow()));
                return null;
            }

            @Override
            public Void bucket(Grant.BucketGrant grant) {
                environment.put(Names.bucketEnv(grant.resource()),
                        refs.bucketName(refs.pipeline().bucket(grant.resource()).orElseThrow()));
                return null;
            }

            @Override
            public Void queue(Grant.QueueGrant grant) {
                environment.put(Names.queueUrlEnv(grant.resource()),
                        refs.queueUrl(refs.pipeline().queue(grant.resource()).orElseThrow()));
                return null;
            }

            @Override
            public Void topic(Grant.TopicGrant grant) {
                environment.put(Names.topicArnEnv(grant.resource()),
                        refs.topicArn(refs.pipeline().topic(grant.resource()).orElseThrow()));
                return null;
            }

            @Override
            public Void eventBus(Grant.EventBusGrant grant) {
                environment.put(Names.eventBusEnv(grant.resource()), refs.eventBusName(grant.resource()));
                return null;
            }

            @Override
            public Void kinesisStream(Grant.KinesisStreamGrant grant) {
                environment.put(Names.kinesisStreamArnEnv(grant.resource()),
                        refs.kinesisStreamArn(refs.pipeline().kinesisStream(grant.resource()).orElseThrow()));
                return null;
            }
        };
        function.grants().forEach(grant -> grant.accept(names));
        return environment;
    }

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
}
