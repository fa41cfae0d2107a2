package dev.sluice.processor.diag;

import java.util.Locale;

/**
 * Every diagnostic the processor can print, in one place. Each says what is wrong, where, and how to fix it,
 * and starts with a stable id ({@code [sluice:sqs-batch-size]}) that tests, docs and search engines can rely on.
 * Arguments are {@link String#format} arguments.
 */
public enum Message {

    // --- the class that holds trigger methods -------------------------------------------------------------
    ENCLOSING_TYPE("@%s method %s is declared in %s, which Lambda cannot instantiate: %s. "
            + "Move the method to a top-level or static nested, non-abstract class."),
    NO_ARG_CONSTRUCTOR("class %s needs a public no-argument constructor: the generated handler creates it once per "
            + "container with no arguments. Add 'public %s() {}' and initialise clients in it."),

    // --- the trigger method ---------------------------------------------------------------------------------
    METHOD_PRIVATE("@%s method %s must not be private: its generated handler calls it from the same package. "
            + "Make it public or package-private."),
    METHOD_STATIC("@%s method %s must not be static: Sluice calls it on the one instance it creates per "
            + "container, where your clients and caches live. Remove 'static'."),
    METHOD_NOT_VOID("@%s method %s returns %s, which nothing would read. Declare it void."),
    METHOD_THROWS_THROWABLE("@%s method %s declares 'throws %s'. Declare only exceptions (subtypes of "
            + "java.lang.Exception): every exception fails its own message, while an Error fails the invocation."),
    METHOD_TYPE_PARAMETERS("@%s method %s has type parameters; Sluice cannot choose a type for them. "
            + "Remove them and use concrete types."),
    FUNCTION_WITHOUT_TRIGGER("@Function on %s has no effect without a trigger annotation. "
            + "Add one, e.g. @OnSqs(queue = \"...\"), or remove @Function."),

    // --- @OnSqs ---------------------------------------------------------------------------------------------
    SQS_SHAPE("@OnSqs method %s has parameters (%s), which Sluice cannot supply. Use one of: (T payload), "
            + "(String body), (T payload, SqsMessage meta), (String body, SqsMessage meta), "
            + "(SQSEvent.SQSMessage message), where T is a record or class that Jackson decodes from the body."),
    PAYLOAD_TYPE("payload type %s of %s cannot be decoded from a JSON body: %s. "
            + "Use a record or a concrete class with a no-argument or @JsonCreator constructor."),
    SQS_QUEUE_REFERENCE("@OnSqs on %s %s. Set exactly one: queue = \"name\" for a queue declared in "
            + "@Pipeline(queues = ...), or queueArn = \"arn:aws:sqs:region:account:name\" for an existing queue."),
    SQS_QUEUE_ARN("queueArn \"%s\" is not an SQS queue ARN. Expected arn:aws:sqs:<region>:<12-digit account>:<queue "
            + "name>, e.g. arn:aws:sqs:us-east-1:123456789012:payment-queue."),
    SQS_BATCH_SIZE("batchSize %d is out of range for %s queue %s: allowed 1 to %d. Choose a value in that range."),
    SQS_BATCH_WINDOW("maxBatchingWindowSeconds %d is out of range: allowed 0 to 300. Choose a value in that range."),
    SQS_FIFO_BATCH_WINDOW("maxBatchingWindowSeconds is %d but %s is a FIFO queue, and Lambda does not support "
            + "batching windows for FIFO queues. Remove maxBatchingWindowSeconds."),
    SQS_LARGE_BATCH_NEEDS_WINDOW("batchSize %d needs maxBatchingWindowSeconds of at least 1: Lambda rejects "
            + "batches over 10 messages without a batching window. Set maxBatchingWindowSeconds = 1 or more, or "
            + "batchSize = 10 or less."),
    SQS_QUEUE_UNDECLARED("queue \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s "
            + "Declare it with @Queue(name = \"%s\") in @Pipeline(queues = ...), or use queueArn for an existing "
            + "queue."),

    // --- @Function ------------------------------------------------------------------------------------------
    FUNCTION_NAME("function name \"%s\" is invalid: use 1 to 64 letters, digits, hyphens and underscores, "
            + "starting with a letter."),
    FUNCTION_NAME_DUPLICATE("function name \"%s\" is used by both %s and %s; each Lambda function needs its own "
            + "name. Rename one with @Function(name = \"...\")."),
    MEMORY("%s %d MB is out of range: Lambda allows 128 to 10240 MB. Choose a value in that range."),
    TIMEOUT("%s %d s is out of range: Lambda allows 1 to 900 seconds. Choose a value in that range."),
    RESERVED_CONCURRENCY("reservedConcurrency %d is invalid: use 0 or more (0 stops the function), "
            + "or leave it unset for no reservation."),
    DESCRIPTION("description is %d characters long; Lambda allows at most 256. Shorten it."),
    TIMEOUT_MARGIN("timeoutMarginMillis %d must be at least 0 and below the function's timeout of %d s "
            + "(%d ms), or the guard would stop every invocation before it starts. Lower it, or raise "
            + "timeoutSeconds."),
    ENV_NAME("environment variable name \"%s\" is invalid: start with a letter, then use letters, digits and "
            + "underscores."),
    ENV_RESERVED("environment variable %s is reserved by Lambda and cannot be set. Choose another name."),
    ENV_DUPLICATE("environment variable %s is set twice. Keep one."),

    // --- @Pipeline ------------------------------------------------------------------------------------------
    PIPELINE_MISSING("%s is a Lambda function, but no class in this module has @Pipeline, which names the "
            + "service and its defaults. Add @Pipeline(service = \"...\") to one class of the module."),
    PIPELINE_DUPLICATE("@Pipeline is declared on both %s and %s; a module is one service with one @Pipeline. "
            + "Keep one and move the queues it declares there."),
    PIPELINE_SERVICE("service name \"%s\" is invalid: start with a letter and use letters, digits and hyphens, "
            + "at most 64 characters."),
    PIPELINE_REGION("region \"%s\" is not an AWS region code such as us-east-1 or eu-west-2."),
    PIPELINE_STAGE("stage \"%s\" is invalid: use letters and digits only, e.g. dev or prod."),
    QUEUE_NAME("queue name \"%s\" is invalid: use 1 to 80 letters, digits, hyphens and underscores, with "
            + "\".fifo\" at the end for a FIFO queue."),
    QUEUE_DUPLICATE("queue \"%s\" is declared twice. Keep one @Queue(name = \"%s\")."),

    // --- the processor itself -------------------------------------------------------------------------------
    TYPE_UNRESOLVED("type %s used by %s could not be resolved. Check above for compilation errors; otherwise make "
            + "sure it is on the compile classpath."),
    INTERNAL_ERROR("the Sluice processor failed on %s: %s. This is a bug in Sluice; please report it with this "
            + "stack trace:%n%s");

    private final String format;

    Message(String format) {
        this.format = format;
    }

    /** The stable id printed in brackets before the text, e.g. {@code [sluice:sqs-batch-size]}. */
    public String id() {
        return "[sluice:" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
    }

    /** The full diagnostic text. */
    public String format(Object... args) {
        return id() + " " + String.format(Locale.ROOT, format, args);
    }
}
