package dev.sluice.runtime;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The physical names of the resources a function declared with {@code @UsesTable}, {@code @UsesBucket} and
 * {@code @UsesQueue}, by their logical names in {@code @Pipeline}: user code asks for "the payments table" and gets
 * {@code payments-prod-payments}, whatever the stage. The generated serverless.yml passes each function the names of
 * its own resources only, in environment variables such as {@code SLUICE_TABLE_PAYMENTS}.
 */
public final class Resources {

    private static final Resources SYSTEM = new Resources(new UnaryOperator<>() {
        @Override
        public String apply(String name) {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        }
    });

    private final UnaryOperator<String> environment;

    /** Reads names from {@code environment}, e.g. a map's {@code get} in tests or a local runner. */
    public Resources(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Names from this process's environment, as Lambda sets it; a variable that is not set is looked up as a
     * system property of the same name, so that a test can point a function at its own resources.
     */
    public static Resources fromEnvironment() {
        return SYSTEM;
    }

    /** The name of table {@code name}: {@code DynamoDbClient.getItem(r -> r.tableName(resources.table("users")))}. */
    public String table(String name) {
        return lookup("SLUICE_TABLE_", name, "@UsesTable(value = \"" + name + "\", access = ...)");
    }

    /** The name of bucket {@code name}. */
    public String bucket(String name) {
        return lookup("SLUICE_BUCKET_", name, "@UsesBucket(value = \"" + name + "\", access = ...)");
    }

    /** The URL of queue {@code name}, as {@code SqsClient.sendMessage} wants it. */
    public String queueUrl(String name) {
        return lookup("SLUICE_QUEUE_URL_", name, "@UsesQueue(\"" + name + "\")");
    }

    /** The ARN of topic {@code name}, as {@code SnsClient.publish} wants it. */
    public String topicArn(String name) {
        return lookup("SLUICE_TOPIC_ARN_", name, "@UsesTopic(\"" + name + "\")");
    }

    /**
     * The name of event bus {@code name} ({@code default} for the account's default bus), as
     * {@code PutEventsRequestEntry.eventBusName} wants it.
     */
    public String eventBus(String name) {
        return lookup("SLUICE_EVENT_BUS_", name, "@UsesEventBus(\"" + name + "\")");
    }

    /** The ARN of Kinesis stream {@code name}, as {@code KinesisClient.putRecords} wants it ({@code streamARN}). */
    public String kinesisStreamArn(String name) {
        return lookup("SLUICE_KINESIS_STREAM_ARN_", name, "@UsesKinesisStream(\"" + name + "\")");
    }

    /** The environment variable Sluice uses for a resource: {@code payment-queue} → {@code PAYMENT_QUEUE}. */
    static String variable(String prefix, String name) {
        return prefix + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private String lookup(String prefix, String name, String annotation) {
        String variable = variable(prefix, name);
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(variable + " is not set: this function did not declare " + annotation
                    + " on its method, so the generated serverless.yml gives it neither the name nor the permission.");
        }
        return value;
    }
}
