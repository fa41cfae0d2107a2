package dev.sluice.processor.descriptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Every name the descriptor derives: CloudFormation logical ids, physical names, environment variables and
 * role names. The runtime's {@code Resources} reads the same environment variable names.
 */
public final class Names {

    private Names() {}

    /** The longest stage and region name budgeted for in role names ({@code ap-southeast-2} is 14). */
    public static final int STAGE_BUDGET = 16;
    public static final int REGION_BUDGET = 14;
    private static final int ROLE_NAME_MAX = 64;

    /** {@code payment-queue} → {@code PaymentQueue}; {@code orders.fifo} → {@code OrdersFifo}. */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String withSuffix(String name, String suffix) {
        String pascal = pascal(name);
        return pascal.endsWith(suffix) ? pascal : pascal + suffix;
    }

    public static String queueId(String queue) {
        return withSuffix(queue, "Queue");
    }

    public static String deadLetterQueueId(String queue) {
        return queueId(queue) + "DeadLetter";
    }

    /** The one policy of a created queue that topics or event rules send to. */
    public static String queuePolicyId(String queue) {
        return queueId(queue) + "Policy";
    }

    public static String topicId(String topic) {
        return withSuffix(topic, "Topic");
    }

    public static String eventBusId(String bus) {
        return withSuffix(bus, "EventBus");
    }

    /** The EventBridge rule of an {@code @OnEvent} function, and the permission letting it invoke the function. */
    public static String eventRuleId(String function) {
        return normalizedFunction(function) + "EventRule";
    }

    public static String eventPermissionId(String function) {
        return normalizedFunction(function) + "EventInvokePermission";
    }

    public static String kinesisStreamId(String stream) {
        return withSuffix(stream, "KinesisStream");
    }

    /** An {@code @OnKinesis} function's event source mapping, and its enhanced fan-out consumer. */
    public static String kinesisMappingId(String function) {
        return normalizedFunction(function) + "KinesisEventSourceMapping";
    }

    public static String kinesisConsumerId(String function) {
        return normalizedFunction(function) + "KinesisConsumer";
    }

    public static String tableId(String table) {
        return withSuffix(table, "Table");
    }

    public static String bucketId(String bucket) {
        return withSuffix(bucket, "Bucket");
    }

    /** The Serverless Framework's normalised function name: {@code process-payment} → {@code ProcessDashpayment}. */
    public static String normalizedFunction(String function) {
        String replaced = function.replace("-", "Dash").replace("_", "Underscore");
        return Character.toUpperCase(replaced.charAt(0)) + replaced.substring(1);
    }

    public static String roleId(String function) {
        return normalizedFunction(function) + "IamRole";
    }

    /** The framework's function resource. */
    public static String lambdaId(String function) {
        return normalizedFunction(function) + "LambdaFunction";
    }

    /** The custom resource that sets S3 notifications on existing buckets: its name and resources. */
    public static final String NOTIFIER = "s3-notifications";
    public static final String NOTIFIER_FUNCTION_ID = "SluiceS3NotificationsLambdaFunction";
    public static final String NOTIFIER_ROLE_ID = "SluiceS3NotificationsIamRole";
    public static final String NOTIFIER_LOG_GROUP_ID = "SluiceS3NotificationsLogGroup";

    /**
     * The alias the framework creates for a SnapStart function and routes its own events to. Sluice's own
     * invocation wiring (S3 notifications, schedules) must target it too: only published versions are restored
     * from a snapshot, {@code $LATEST} never is.
     */
    public static String snapStartAliasId(String function) {
        return normalizedFunction(function) + "SnapStartLambdaAlias";
    }

    /** The EventBridge rule of a {@code @Schedule} function, and the permission letting it invoke the function. */
    public static String scheduleRuleId(String function) {
        return normalizedFunction(function) + "ScheduleRule";
    }

    public static String schedulePermissionId(String function) {
        return normalizedFunction(function) + "ScheduleInvokePermission";
    }

    /** The custom resource holding an existing bucket's notifications. */
    public static String bucketNotificationsId(String bucket) {
        return pascal(bucket) + "BucketNotifications";
    }

    /** The permission letting S3 invoke a function. */
    public static String s3PermissionId(String function) {
        return normalizedFunction(function) + "S3InvokePermission";
    }

    /** {@code payment-queue} → {@code PAYMENT_QUEUE}. */
    public static String envSuffix(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    public static String tableEnv(String table) {
        return "SLUICE_TABLE_" + envSuffix(table);
    }

    public static String bucketEnv(String bucket) {
        return "SLUICE_BUCKET_" + envSuffix(bucket);
    }

    public static String topicArnEnv(String topic) {
        return "SLUICE_TOPIC_ARN_" + envSuffix(topic);
    }

    public static String eventBusEnv(String bus) {
        return "SLUICE_EVENT_BUS_" + envSuffix(bus);
    }

    public static String kinesisStreamArnEnv(String stream) {
        return "SLUICE_KINESIS_STREAM_ARN_" + envSuffix(stream);
    }

    public static String queueUrlEnv(String queue) {
        return "SLUICE_QUEUE_URL_" + envSuffix(queue);
    }

    /** Stage-aware physical name: {@code ${self:service}-${sls:stage}-<name>}. */
    public static String physical(String name) {
        return "${self:service}-${sls:stage}-" + name;
    }

    /** The physical name a created queue gets for a given stage, for length checks at compile time. */
    public static String physicalFor(String service, String stage, String name) {
        return service + "-" + stage + "-" + name;
    }

    /** A created bucket's name up to its 12-character stack suffix: {@code <service>-<bucket>-}, lowercase. */
    public static String bucketNamePrefix(String service, String bucket) {
        return service.toLowerCase(Locale.ROOT) + "-" + bucket + "-";
    }

    /** A created bucket's name has this many characters, whatever the stage, region and account. */
    public static int bucketNameLength(String service, String bucket) {
        return bucketNamePrefix(service, bucket).length() + 12;
    }

    /** The dead-letter queue's name: {@code orders.fifo} → {@code orders-dlq.fifo}. */
    public static String deadLetterName(String queue) {
        return queue.endsWith(".fifo")
                ? queue.substring(0, queue.length() - ".fifo".length()) + "-dlq.fifo"
                : queue + "-dlq";
    }

    /**
     * The part of a role name fixed at compile time, {@code <service>-<function>}; the stage and region follow at
     * deploy time. Shortened deterministically (a prefix plus a hash of the whole) so that with a stage of up to
     * {@value #STAGE_BUDGET} characters the name stays within IAM's 64, and two functions never share one.
     */
    public static String roleNamePrefix(String service, String function) {
        String full = service + "-" + function;
        int budget = ROLE_NAME_MAX - STAGE_BUDGET - REGION_BUDGET - 2;
        if (full.length() <= budget) {
            return full;
        }
        return full.substring(0, budget - 9) + "-" + sha256(full).substring(0, 8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
