package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.KinesisStreamModel;
import dev.sluice.processor.model.KinesisStreamRef;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.QueueModel;
import dev.sluice.processor.model.QueueRef;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.model.TopicModel;
import dev.sluice.processor.model.TopicRef;
import java.util.List;

/**
 * How the descriptor names things: ARNs, physical names and URLs of the pipeline's resources (created or
 * existing), intrinsic functions, and the literal escapes of IAM and Fn::Sub.
 */
public final class Refs {

    private final PipelineModel pipeline;

    public Refs(PipelineModel pipeline) {
        this.pipeline = pipeline;
    }

    public PipelineModel pipeline() {
        return pipeline;
    }

    public Object queueArn(QueueRef ref) {
        if (!ref.isDeclared()) {
            return ref.arn();
        }
        return queueArn(pipeline.queue(ref.declaredName()).orElseThrow());
    }

    /** The ARN of the queue the pipeline declares as {@code name}. */
    public Object queueArn(String name) {
        return queueArn(pipeline.queue(name).orElseThrow());
    }

    public Object queueArn(QueueModel queue) {
        return queue.created() ? getAtt(Names.queueId(queue.name())) : queue.arn();
    }

    public Object queueUrl(QueueModel queue) {
        if (queue.created()) {
            return map("Ref", Names.queueId(queue.name()));
        }
        String[] arn = queue.arn().split(":");
        return "https://sqs." + arn[3] + ".amazonaws.com/" + arn[4] + "/" + arn[5];
    }

    public Object topicArn(TopicRef ref) {
        return ref.isDeclared() ? topicArn(pipeline.topic(ref.declaredName()).orElseThrow()) : ref.arn();
    }

    /** A topic's ARN: the Ref of a created topic (an AWS::SNS::Topic's Ref is its ARN), else the declared ARN. */
    public Object topicArn(TopicModel topic) {
        return topic.created() ? map("Ref", Names.topicId(topic.name())) : topic.arn();
    }

    /** A bus's ARN: the default bus's in this account and region, a created bus's GetAtt, or the declared ARN. */
    public Object eventBusArn(String bus) {
        if (bus.equals(EventBusModel.DEFAULT)) {
            return sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default");
        }
        EventBusModel model = pipeline.eventBus(bus).orElseThrow();
        return model.created() ? getAtt(Names.eventBusId(bus)) : model.arn();
    }

    /**
     * What a rule's {@code EventBusName} and a publisher's {@code EventBusName} take: {@code default}, a created bus's
     * name (its Ref), or an existing bus's ARN (which also works across accounts).
     */
    public Object eventBusName(String bus) {
        if (bus.equals(EventBusModel.DEFAULT)) {
            return EventBusModel.DEFAULT;
        }
        EventBusModel model = pipeline.eventBus(bus).orElseThrow();
        return model.created() ? map("Ref", Names.eventBusId(bus)) : model.arn();
    }

    public Object kinesisStreamArn(KinesisStreamRef ref) {
        return ref.isDeclared() ? kinesisStreamArn(pipeline.kinesisStream(ref.declaredName()).orElseThrow())
                : ref.arn();
    }

    /** A stream's ARN: a created stream's Arn attribute, or the declared ARN. */
    public Object kinesisStreamArn(KinesisStreamModel stream) {
        return stream.created() ? getAtt(Names.kinesisStreamId(stream.name())) : stream.arn();
    }

    public Object tableArn(TableModel table) {
        return table.created() ? getAtt(Names.tableId(table.name())) : table.arn();
    }

    public Object tableName(TableModel table) {
        return table.created()
                ? map("Ref", Names.tableId(table.name()))
                : table.arn().substring(table.arn().indexOf(":table/") + ":table/".length());
    }

    public Object bucketArn(BucketModel bucket) {
        return bucket.created()
                ? subWithStackSuffix("arn:${AWS::Partition}:s3:::" + bucketNameTemplate(bucket))
                : sub("arn:${AWS::Partition}:s3:::" + bucket.existing());
    }

    public Object bucketName(BucketModel bucket) {
        return bucket.created() ? subWithStackSuffix(bucketNameTemplate(bucket)) : bucket.existing();
    }

    public Mapping getAtt(String logicalId) {
        return map("Fn::GetAtt", List.of(logicalId, "Arn"));
    }

    public Mapping sub(String template) {
        return map("Fn::Sub", template);
    }

    /** {@code arn} (a string or an intrinsic) followed by the literal text {@code suffix}. */
    public Object join(Object arn, String suffix) {
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
    public static String iamLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*', '?', '$' -> out.append("${").append(c).append('}');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public Object streamArn(TableModel table) {
        return table.created()
                ? map("Fn::GetAtt", List.of(Names.tableId(table.name()), "StreamArn"))
                : table.streamArn();
    }

    /**
     * What S3 and EventBridge invoke: the function's ARN, or with SnapStart the framework's {@code snapstart}
     * alias (its Ref is the alias ARN), since only published versions start from a snapshot.
     */
    public Object invocationTarget(FunctionModel function) {
        return function.effectiveSnapStart(pipeline)
                ? map("Ref", Names.snapStartAliasId(function.name()))
                : getAtt(Names.lambdaId(function.name()));
    }

    /**
     * A created bucket's name, as a Fn::Sub template with {@link #STACK_SUFFIX}: {@code <service>-<bucket>-<12 hex
     * digits of the stack's id>}. Bucket names are global, and a stack id is unique to one stage, region and
     * account, so no two stacks collide; unlike a name holding the stage, region and account, its length is known
     * at compile time ({@link Names#bucketNameLength}), so no stage or region can push it past S3's 63 characters.
     * Built from the stack rather than read from the bucket, so that roles and notification permissions can name
     * the bucket without depending on it (which would be a cycle).
     */
    public String bucketNameTemplate(BucketModel bucket) {
        return Names.bucketNamePrefix(pipeline.service(), bucket.name()) + "${" + STACK_SUFFIX + "}";
    }

    /** The variable of bucket name templates: the last group of the stack id's UUID. */
    private static final String STACK_SUFFIX = "StackSuffix";

    /** A bucket-name Fn::Sub: the template and its one variable. */
    public Mapping subWithStackSuffix(String template) {
        // arn:...:stack/<name>/<uuid> → <uuid> → its fifth group, 12 hex digits.
        Mapping uuid = map("Fn::Select", List.of(2, map("Fn::Split", List.of("/", map("Ref", "AWS::StackId")))));
        Mapping suffix = map("Fn::Select", List.of(4, map("Fn::Split", List.of("-", uuid))));
        return map("Fn::Sub", List.of(template, map(STACK_SUFFIX, suffix)));
    }
}
