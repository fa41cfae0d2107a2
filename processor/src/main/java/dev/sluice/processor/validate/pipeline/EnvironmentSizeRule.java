package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.Function;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.Grant;
import dev.sluice.processor.model.PipelineModel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each function's environment within Lambda's 4 KB, counting what Sluice adds. */
public final class EnvironmentSizeRule implements PipelineRule {

    private static final int ENVIRONMENT_MAX_BYTES = 4096;

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            checkEnvironmentSize(pipeline, function, diagnostics);
        }
    }

    /**
     * Lambda's limit on a function's environment: 4 KB for all names and values together, counting what Sluice
     * adds (JAVA_TOOL_OPTIONS, the SLUICE_* names of granted resources). Resource names are resolved at deploy
     * time; they are counted at their longest: a 16-character stage, a 14-character region, a 12-digit account
     * (bucket names have a fixed length).
     */
    private void checkEnvironmentSize(PipelineModel pipeline, FunctionModel function, Diagnostics diagnostics) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        if (!pipeline.javaToolOptions().isBlank() && !function.environment().containsKey("JAVA_TOOL_OPTIONS")) {
            sizes.put("JAVA_TOOL_OPTIONS", pipeline.javaToolOptions().getBytes(StandardCharsets.UTF_8).length);
        }
        function.environment().forEach((name, value) -> sizes.put(name, value.getBytes(StandardCharsets.UTF_8).length));
        String longestPrefix = pipeline.service() + "-" + "s".repeat(Names.STAGE_BUDGET) + "-";
        int regionAndAccount = 14 + 12;
        Grant.Visitor<Void> longestValue = new Grant.Visitor<>() {
            @Override
            public Void table(Grant.TableGrant grant) {
                sizes.put(Names.tableEnv(grant.resource()), pipeline.table(grant.resource()).map(t -> t.created()
                        ? longestPrefix.length() + grant.resource().length() : t.arn().length()).orElse(0));
                return null;
            }

            @Override
            public Void bucket(Grant.BucketGrant grant) {
                sizes.put(Names.bucketEnv(grant.resource()), pipeline.bucket(grant.resource()).map(b -> b.created()
                        ? Names.bucketNameLength(pipeline.service(), grant.resource())
                        : b.existing().length()).orElse(0));
                return null;
            }

            @Override
            public Void queue(Grant.QueueGrant grant) {
                // https://sqs.<region>.amazonaws.com/<account>/<name>
                sizes.put(Names.queueUrlEnv(grant.resource()), "https://sqs..amazonaws.com//".length()
                        + regionAndAccount + pipeline.queue(grant.resource()).map(q -> q.created()
                                ? longestPrefix.length() + grant.resource().length() : q.arn().length()).orElse(0));
                return null;
            }

            @Override
            public Void topic(Grant.TopicGrant grant) {
                // arn:aws:sns:<region>:<account>:<name>
                sizes.put(Names.topicArnEnv(grant.resource()), "arn:aws:sns:::".length() + regionAndAccount
                        + pipeline.topic(grant.resource()).map(t -> t.created()
                                ? longestPrefix.length() + grant.resource().length() : t.arn().length()).orElse(0));
                return null;
            }

            @Override
            public Void kinesisStream(Grant.KinesisStreamGrant grant) {
                // arn:aws:kinesis:<region>:<account>:stream/<name>
                sizes.put(Names.kinesisStreamArnEnv(grant.resource()), "arn:aws:kinesis:::stream/".length()
                        + regionAndAccount + pipeline.kinesisStream(grant.resource()).map(s -> s.created()
                                ? longestPrefix.length() + grant.resource().length() : s.arn().length()).orElse(0));
                return null;
            }

            @Override
            public Void eventBus(Grant.EventBusGrant grant) {
                // "default", a created bus's name, or an existing bus's ARN
                sizes.put(Names.eventBusEnv(grant.resource()), pipeline.eventBus(grant.resource())
                        .map(b -> b.created() ? longestPrefix.length() + grant.resource().length() : b.arn().length())
                        .orElse(grant.resource().length()));
                return null;
            }
        };
        function.grants().forEach(grant -> grant.accept(longestValue));
        int total = 0;
        for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
            total += entry.getKey().length() + entry.getValue();
        }
        if (total > ENVIRONMENT_MAX_BYTES) {
            diagnostics.on(function, Function.class, "environment", Message.ENV_TOO_LARGE, function.name(), total,
                    ENVIRONMENT_MAX_BYTES, String.join(", ", sizes.keySet()));
        }
    }
}
