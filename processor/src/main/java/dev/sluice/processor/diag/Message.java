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
    MULTIPLE_TRIGGERS("method %s has %s: one method is one Lambda function with one trigger. Split it into one "
            + "method per trigger."),
    GRANT_WITHOUT_TRIGGER("%s has %s but no trigger annotation: a grant shapes the role of a Lambda function, and "
            + "without @OnSqs, @Schedule, @OnS3Upload, @OnStream or @OnHttp this method is not one, so the grant does nothing. "
            + "Add the trigger, or move the grant to the method that is triggered."),
    FUNCTION_WITHOUT_TRIGGER("@Function on %s has no effect without a trigger annotation. "
            + "Add one, e.g. @OnSqs(queue = \"...\"), or remove @Function."),

    // --- @OnSqs ---------------------------------------------------------------------------------------------
    SQS_SHAPE("@OnSqs method %s has parameters (%s), which Sluice cannot supply. Use one of: (T payload), "
            + "(String body), (T payload, SqsMessage meta), (String body, SqsMessage meta), "
            + "(SQSEvent.SQSMessage message), where T is a record or class that Jackson decodes from the body."),
    PAYLOAD_TYPE("payload type %s of %s cannot be decoded from a JSON body: %s. "
            + "Use a record or a concrete class with a no-argument or @JsonCreator constructor."),
    PAYLOAD_NEEDS_DATABIND("payload type %s of %s is decoded by Jackson databind (%s), which is not on the class "
            + "path. Add com.fasterxml.jackson.core:jackson-databind to your dependencies, or make %s a record of "
            + "strings, numbers, booleans, BigDecimal, lists and such records, which Sluice decodes without it."),
    SNAPSTART_NEEDS_CRAC("%s uses Lambda SnapStart, and its generated handler primes itself through the CRaC API, "
            + "which is not on the class path. Add the dependency org.crac:crac (version in sluice-bom)."),
    SQS_QUEUE_REFERENCE("@OnSqs on %s %s. Set exactly one: queue = \"name\" for a queue declared in "
            + "@Pipeline(queues = ...), or queueArn = \"arn:aws:sqs:region:account:name\" for an existing queue."),
    SQS_QUEUE_ARN("queueArn \"%s\" is not an SQS queue ARN. Expected arn:aws:sqs:<region>:<12-digit account>:<queue "
            + "name>, e.g. arn:aws:sqs:us-east-1:123456789012:payment-queue."),
    SQS_BATCH_SIZE("batchSize %d is out of range for %s queue %s: allowed 1 to %d. Choose a value in that range."),
    SQS_BATCH_WINDOW("maxBatchingWindowSeconds %d is out of range: allowed 0 to 300. Choose a value in that range."),
    SQS_MAXIMUM_CONCURRENCY("maximumConcurrency %d is out of range: Lambda allows 2 to 1000 for an SQS event "
            + "source mapping. Choose a value in that range, or leave it unset for Lambda's default."),
    SQS_RESERVED_CONCURRENCY("reservedConcurrency %d on an SQS consumer: Lambda's pollers keep receiving while the "
            + "function is throttled, each throttled receive counts toward the queue's maxReceiveCount, and "
            + "unprocessed messages end up in the dead-letter queue. Limit the consumer with @OnSqs("
            + "maximumConcurrency = %d) instead, or keep reservedConcurrency at least as high as it."),
    SQS_FIFO_BATCH_WINDOW("maxBatchingWindowSeconds is %d but %s is a FIFO queue, and Lambda does not support "
            + "batching windows for FIFO queues. Remove maxBatchingWindowSeconds."),
    SQS_LARGE_BATCH_NEEDS_WINDOW("batchSize %d needs maxBatchingWindowSeconds of at least 1: Lambda rejects "
            + "batches over 10 messages without a batching window. Set maxBatchingWindowSeconds = 1 or more, or "
            + "batchSize = 10 or less."),
    SQS_QUEUE_UNDECLARED("queue \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s "
            + "Declare it with @Queue(name = \"%s\") in @Pipeline(queues = ...), or use queueArn for an existing "
            + "queue."),

    // --- @Schedule ------------------------------------------------------------------------------------------
    SCHEDULE_EXPRESSION("schedule \"%s\" is not a valid EventBridge expression: %s. Schedules are in UTC."),
    SCHEDULE_INPUT("input is not valid JSON: %s. EventBridge sends it as the event, so it must be one JSON "
            + "document, e.g. input = \"{\\\"report\\\": \\\"daily\\\"}\"."),
    SCHEDULE_INPUT_SIZE("input is %d characters long; EventBridge allows at most 8192. Shorten it, or let the "
            + "function load what it needs."),
    SCHEDULE_DESCRIPTION("description is %d characters long; EventBridge allows at most %d for a rule. Shorten it."),
    SCHEDULE_SHAPE("@Schedule method %s has parameters (%s), which Sluice cannot supply. Use one of: (), (Instant "
            + "scheduledTime), (ScheduledEvent event), or (T input) with @Schedule(input = \"...\")."),
    SCHEDULE_INPUT_MISSING("@Schedule method %s takes %s, decoded from the rule's input, but the rule has none. "
            + "Set @Schedule(input = \"{...}\"), or take (Instant scheduledTime) instead."),
    SCHEDULE_INPUT_HIDES_EVENT("@Schedule method %s takes %s, but with input set EventBridge sends the input instead "
            + "of the scheduled event, so there is no event to give it. Remove input, or take (T input)."),
    RETRY_ATTEMPTS("maximumRetryAttempts %d is out of range: Lambda allows 0 to 2 retries of an asynchronous "
            + "invocation. Choose 0, 1 or 2, or leave it unset for Lambda's default of 2."),
    ON_FAILURE_UNDECLARED("onFailure queue \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s "
            + "Declare it with @Queue(name = \"%s\")."),

    // --- @OnS3Upload ----------------------------------------------------------------------------------------
    ON_FAILURE_FIFO("onFailure queue %s of %s is a FIFO queue, and Lambda delivers failure records to standard "
            + "queues only: it would accept the setting and then drop every record (DestinationDeliveryFailures). Name "
            + "a standard queue."),
    SQS_SHARED_QUEUE("queue %s is already consumed by function %s; %s would compete with it for messages, and each "
            + "would see only part of them. To give both functions every message, publish to two queues (or fan out "
            + "through SNS); to scale one consumer, raise its maximumConcurrency."),
    STREAM_TOO_MANY_READERS("the stream of table %s has %d readers (%s); DynamoDB throttles more than two "
            + "concurrent readers of a shard, delaying every one of them. Combine the consumers into one function "
            + "or move the extra work behind a queue."),
    S3_SHAPE("@OnS3Upload method %s has parameters (%s), which Sluice cannot supply. Use (S3Upload upload), "
            + "(S3Upload upload, InputStream content) or (String bucket, String key)."),
    S3_NEEDS_SDK("%s reads the uploaded object's content through the AWS SDK's S3 client, which is not on the class "
            + "path. Add software.amazon.awssdk:s3 and software.amazon.awssdk:url-connection-client (versions in "
            + "sluice-bom), or take (S3Upload upload) and read nothing."),
    S3_FILTER("%s \"%s\" is invalid: S3 filters match key prefixes and suffixes literally, so '*' has no meaning; "
            + "write e.g. prefix = \"uploads/\", suffix = \".csv\"."),
    S3_KEY_TEXT("%s \"%s\" is invalid: it %s. S3 and IAM take key prefixes and suffixes of at most 1024 bytes "
            + "(UTF-8) with no control characters (U+0000 to U+001F, U+007F); such characters are also what AWS tells "
            + "you to avoid in keys. Use printable characters only."),
    S3_BUCKET_UNDECLARED("bucket \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s Declare it "
            + "with @Bucket(name = \"%s\")."),
    S3_OVERLAP("%s and %s both take %s events from bucket %s for keys like \"%s\": S3 refuses a notification "
            + "configuration in which one event could go to two functions, at deploy time. Give them prefixes or "
            + "suffixes no key can match together (e.g. prefix \"partners/\" and \"feeds/\"), different event types, "
            + "or let one function handle both."),
    S3_RECURSIVE_TRIGGER("%s is triggered by %s in bucket %s%s and also %s it%s: each object it %s "
            + "would trigger it again, forever. Write under a prefix the trigger does not match (e.g. trigger on "
            + "\"uploads/\" and write to \"processed/\"), or to another bucket."),

    // --- @OnStream ------------------------------------------------------------------------------------------
    STREAM_SHAPE("@OnStream method %s has parameters (%s), which Sluice cannot supply. Use (Change<T> change), where T "
            + "is a record or class the item images decode into, or (DynamodbEvent.DynamodbStreamRecord record)."),
    STREAM_SETTING("%s %d is out of range: %s. Choose a value in that range."),
    STREAM_EVENTS("events is empty, so no change would ever invoke the function. List INSERT, MODIFY and/or REMOVE."),
    STREAM_TABLE_UNDECLARED("table \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s Declare it "
            + "with @Table(name = \"%s\", ...)."),
    STREAM_ARN_MISSING("table \"%s\" is an existing table without a stream ARN. Add streamArn = \"arn:aws:dynamodb:"
            + "<region>:<account>:table/<name>/stream/<label>\" (and streamViewType) to its @Table."),
    STREAM_VIEW_TYPE("%s reads %s images of table \"%s\", but its stream carries %s. Read what the stream carries "
            + "(images = ...), or change the table's stream view type."),

    // --- @OnSns ---------------------------------------------------------------------------------------------
    SNS_SHAPE("%s cannot be an @OnSns function with parameters (%s). Use (T payload), (String message), "
            + "(T payload, SnsMessage meta) or (String message, SnsMessage meta), where T is a record decoded from the "
            + "JSON message."),
    SNS_TOPIC_REFERENCE("@OnSns on %s %s: set exactly one of topic (a @Topic of the pipeline) and topicArn (an "
            + "existing topic)."),
    SNS_TOPIC_ARN("topicArn \"%s\" is not an SNS topic ARN. Expected arn:aws:sns:<region>:<12-digit account>:<topic "
            + "name>, e.g. arn:aws:sns:us-east-1:123456789012:payment-settled."),
    SNS_TOPIC_UNDECLARED("topic \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s Declare it "
            + "with @Topic(name = \"%s\") in @Pipeline(topics = ...), or use topicArn for an existing topic."),
    SNS_FIFO_TOPIC("topic %s is a FIFO topic: SNS FIFO topics deliver to SQS FIFO queues only, never to a function, "
            + "so this subscription would fail at deploy time. Subscribe a FIFO queue and read it with @OnSqs, or use "
            + "a standard topic."),
    SNS_FILTER_POLICY("filterPolicy is not a valid SNS filter policy: %s. Write a JSON object whose keys map to "
            + "arrays of values or operators, e.g. {\"currency\": [\"EUR\", \"USD\"], \"amount\": [{\"numeric\": "
            + "[\">\", 100]}]}."),
    SNS_FILTER_POLICY_LIMIT("filterPolicy %s; SNS refuses the subscription. Split the policy, or filter in the "
            + "function."),
    SNS_FILTER_POLICY_FIELD("filterPolicy matches %s in the message body, but %s has no such field (it has %s).%s "
            + "A policy on a missing field never matches: fix the key, or add the field to the record."),
    SNS_FILTER_POLICY_BODY("filterPolicyScope = MESSAGE_BODY needs a policy: set filterPolicy, or leave the scope "
            + "at MESSAGE_ATTRIBUTES."),
    SNS_DEAD_LETTER_QUEUE("deadLetterQueue \"%s\" of %s %s. SNS moves undeliverable messages to a standard queue of "
            + "the pipeline: declare one with @Queue and name it here."),
    SNS_SHARED_DEAD_LETTER_QUEUE("queue %s is the deadLetterQueue of both %s and %s; the framework writes one queue "
            + "policy per subscription and a queue keeps only one, so SNS could not deliver to it for one of them. "
            + "Give each subscription its own dead-letter queue."),
    TOPIC_NAME("topic name \"%s\" is invalid: use 1 to 256 letters, digits, hyphens and underscores, with \".fifo\" "
            + "at the end for a FIFO topic."),
    TOPIC_DUPLICATE("topic \"%s\" is declared twice. Keep one @Topic(name = \"%s\")."),
    TOPIC_ARN("arn \"%s\" of topic %s is not an SNS topic ARN ending in that name. Expected "
            + "arn:aws:sns:<region>:<12-digit account>:%s."),

    // --- @OnEvent and @EventBus ----------------------------------------------------------------------------
    EVENT_SHAPE("%s cannot be an @OnEvent function with parameters (%s). Use (T detail), (T detail, "
            + "EventBridgeEvent event) or (EventBridgeEvent event), where T is a record decoded from the event's "
            + "detail."),
    EVENT_PATTERN_SOURCE("@OnEvent on %s %s. Write the pattern either as source, detailType and detail, or whole as "
            + "pattern = \"{...}\"."),
    EVENT_PATTERN("%s is not a valid EventBridge event pattern: %s. Write a JSON object whose keys are event fields "
            + "and whose values are arrays of values or operators, e.g. {\"source\": [\"shop.payments\"], "
            + "\"detail\": {\"net\": [{\"numeric\": [\">=\", 100]}]}}."),
    EVENT_PATTERN_TOP_FIELD("the event pattern matches \"%s\", which is not a field of EventBridge events (they have "
            + "version, id, detail-type, source, account, time, region, resources and detail), so the rule would never "
            + "match. Put detail fields under \"detail\"."),
    EVENT_PATTERN_FIELD("the event pattern matches detail.%s, but %s has no such field (it has %s).%s A pattern on a "
            + "missing field never matches: fix the key, or add the field to the record."),
    EVENT_PATTERN_SIZE("the event pattern is %d characters long; EventBridge refuses patterns over %d. Match fewer "
            + "values, or filter in the function."),
    EVENT_PATTERN_QUOTA("the event pattern is %d characters long, over EventBridge's default quota of 2048: the rule "
            + "deploys only in accounts whose \"Event pattern size\" quota was raised (to at most 4096)."),
    EVENT_BUS_UNDECLARED("bus \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s Use "
            + "\"default\" for the account's default bus, or declare it with @EventBus(name = \"%s\") in "
            + "@Pipeline(eventBuses = ...)."),
    EVENT_RETRY_POLICY("%s %d is out of range: EventBridge allows %s."),
    EVENT_DEAD_LETTER_QUEUE("deadLetterQueue \"%s\" of %s %s. EventBridge sends what it cannot deliver to a standard "
            + "queue the pipeline creates, whose policy Sluice writes: declare one with @Queue and name it here."),
    EVENT_BUS_NAME("event bus name \"%s\" is invalid: use 1 to 256 letters, digits, dots, hyphens and underscores, "
            + "other than \"default\" (the account's default bus needs no declaration)."),
    EVENT_BUS_DUPLICATE("event bus \"%s\" is declared twice. Keep one @EventBus(name = \"%s\")."),
    EVENT_BUS_ARN("arn \"%s\" of event bus %s is not an EventBridge bus ARN ending in that name. Expected "
            + "arn:aws:events:<region>:<12-digit account>:event-bus/%s."),

    // --- @OnKinesis and @KinesisStream ---------------------------------------------------------------------
    KINESIS_SHAPE("%s cannot be an @OnKinesis function with parameters (%s). Use (T payload), (T payload, "
            + "KinesisRecord record), (String data), (String data, KinesisRecord record), (List<T> payloads) or "
            + "(List<String> data), where T is a record decoded from the record's JSON data."),
    KINESIS_STREAM_REFERENCE("@OnKinesis on %s %s: set exactly one of stream (a @KinesisStream of the pipeline) and "
            + "streamArn (an existing stream)."),
    KINESIS_STREAM_ARN("streamArn \"%s\" is not a Kinesis stream ARN. Expected arn:aws:kinesis:<region>:<12-digit "
            + "account>:stream/<name>, e.g. arn:aws:kinesis:us-east-1:123456789012:stream/clicks."),
    KINESIS_STREAM_UNDECLARED("stream \"%s\" is not declared by the pipeline (@Pipeline on %s declares %s).%s Declare "
            + "it with @KinesisStream(name = \"%s\") in @Pipeline(kinesisStreams = ...), or use streamArn."),
    KINESIS_RANGE("%s %d is out of range: Lambda allows %s for a Kinesis event source mapping."),
    KINESIS_TIMESTAMP("%s. Set startingPosition = AT_TIMESTAMP together with startingPositionTimestamp = "
            + "\"2026-12-01T00:00:00Z\" (an ISO-8601 instant), or neither."),
    KINESIS_FILTER("filter is not a valid Lambda filter pattern on the record data: %s. Write a JSON object whose "
            + "keys are fields of the data and whose values are arrays of values or operators, e.g. "
            + "{\"type\": [\"click\"], \"ms\": [{\"numeric\": [\">\", 500]}]}."),
    KINESIS_FILTER_FIELD("filter matches %s in the record data, but %s has no such field (it has %s).%s A pattern on "
            + "a missing field never matches: fix the key, or add the field to the record."),
    KINESIS_STREAM_NAME("stream name \"%s\" is invalid: use 1 to 128 letters, digits, dots, hyphens and "
            + "underscores."),
    KINESIS_STREAM_DUPLICATE("stream \"%s\" is declared twice. Keep one @KinesisStream(name = \"%s\")."),
    KINESIS_STREAM_DECLARED_ARN("arn \"%s\" of stream %s is not a Kinesis stream ARN ending in that name. Expected "
            + "arn:aws:kinesis:<region>:<12-digit account>:stream/%s."),
    KINESIS_STREAM_CAPACITY("%s %d of stream %s is out of range: %s."),

    // --- @Function ------------------------------------------------------------------------------------------
    FUNCTION_NAME("function name \"%s\" is invalid: use 1 to 64 letters, digits, hyphens and underscores, "
            + "starting with a letter."),
    FUNCTION_NAME_DUPLICATE("function name \"%s\" is used by both %s and %s; each Lambda function needs its own "
            + "name. Rename one with @Function(name = \"...\")."),
    FUNCTION_ID_CLASH("functions %s and %s both become the CloudFormation resource %s (the Serverless Framework "
            + "capitalises the first letter and spells '-' as Dash and '_' as Underscore), so one would silently replace "
            + "the other. Rename one with @Function(name = \"...\")."),
    HANDLER_CLASS_CLASH("the handler class %s would be generated for both %s and %s: a handler is named "
            + "<Class>_<method>Handler, and these class and method names joined by '_' are the same. Rename one of "
            + "the methods or classes (the function name alone does not change the handler's class)."),
    MEMORY("%s %d MB is out of range: Lambda allows 128 to 10240 MB. Choose a value in that range."),
    TIMEOUT("%s %d s is out of range: Lambda allows 1 to 900 seconds. Choose a value in that range."),
    RESERVED_CONCURRENCY("reservedConcurrency %d is invalid: use 0 or more (0 stops the function), "
            + "or leave it unset for no reservation."),
    EPHEMERAL_STORAGE("ephemeralStorageMb %d is out of range: Lambda allows 512 to 10240 MB of /tmp. Choose a "
            + "value in that range, or leave it unset for 512."),
    DESCRIPTION("description is %d characters long; Lambda allows at most 256. Shorten it."),
    TIMEOUT_MARGIN("timeoutMarginMillis %d must be at least 0 and below the function's timeout of %d s "
            + "(%d ms), or the guard would stop every invocation before it starts. Lower it, or raise "
            + "timeoutSeconds."),
    ENV_NAME("environment variable name \"%s\" is invalid: Lambda takes at least two characters, a letter and then "
            + "letters, digits and underscores."),
    ENV_RESERVED("environment variable %s is reserved by Lambda and cannot be set. Choose another name."),
    ENV_TOO_LARGE("the environment of function %s is up to %d bytes; Lambda allows %d for all names and values "
            + "together, including what Sluice adds (%s; resource names counted at the longest stage and region). "
            + "Shorten values, or move large configuration to SSM Parameter Store or the deployment artifact."),
    ENV_SLUICE_PREFIX("environment variable %s starts with SLUICE_, which Sluice reserves for the names of granted "
            + "resources (SLUICE_TABLE_..., SLUICE_BUCKET_..., SLUICE_QUEUE_URL_...). Choose another name; read "
            + "granted resources with Resources.fromEnvironment()."),
    ENV_DUPLICATE("environment variable %s is set twice. Keep one."),

    // --- @Pipeline ------------------------------------------------------------------------------------------
    PIPELINE_MISSING("%s is a Lambda function, but no class in this module has @Pipeline, which names the "
            + "service and its defaults. Add @Pipeline(service = \"...\") to one class of the module."),
    PIPELINE_DUPLICATE("@Pipeline is declared on both %s and %s; a module is one service with one @Pipeline. "
            + "Keep one and move the queues it declares there."),
    PIPELINE_SERVICE("service name \"%s\" is invalid: start with a letter and use letters, digits and hyphens, "
            + "at most 64 characters."),
    PIPELINE_REGION("region \"%s\" is not an AWS region code such as us-east-1 or eu-west-2."),
    PIPELINE_STAGE("stage \"%s\" is invalid: the Serverless Framework takes letters, digits and hyphens, e.g. dev, "
            + "prod or prod-eu."),
    PIPELINE_STAGE_LENGTH("stage \"%s\" is %d characters long; Sluice supports stages of up to %d, so that every "
            + "role name (service, function, stage and region) fits IAM's 64 characters. Use a shorter stage, e.g. "
            + "an abbreviation."),
    QUEUE_NAME("queue name \"%s\" is invalid: use 1 to 80 letters, digits, hyphens and underscores, with "
            + "\".fifo\" at the end for a FIFO queue."),
    QUEUE_DUPLICATE("queue \"%s\" is declared twice. Keep one @Queue(name = \"%s\")."),
    QUEUE_VISIBILITY_RANGE("visibilityTimeoutSeconds %d of queue %s is out of range: SQS allows 0 to 43200 "
            + "(12 hours). Leave it unset to derive it from the consuming function."),
    QUEUE_VISIBILITY_BELOW_TIMEOUT("queue %s has visibilityTimeoutSeconds = %d, below the %d s timeout of its "
            + "consumer %s: Lambda refuses such an event source mapping. Leave it unset (Sluice then derives "
            + "%d s, six times the timeout plus the batching window, as AWS recommends) or raise it."),
    QUEUE_MAX_RECEIVE("maxReceiveCount %d of queue %s is out of range: use 1 to 1000, or 0 for no dead-letter queue."),
    QUEUE_ARN("arn \"%s\" of queue %s is not an SQS queue ARN ending in that name. Expected "
            + "arn:aws:sqs:<region>:<12-digit account>:%s."),
    QUEUE_SUBSCRIPTION_TOPIC("queue %s subscribes to topic \"%s\", which the pipeline does not declare (it declares "
            + "%s).%s Declare it with @Topic(name = \"%s\") in @Pipeline(topics = ...)."),
    QUEUE_SUBSCRIPTION_KIND("queue %s cannot subscribe to topic %s: %s. SNS delivers a FIFO topic to FIFO queues only "
            + "and a standard topic to standard queues only; make both FIFO (names ending in .fifo) or both standard."),
    QUEUE_SUBSCRIPTION_EXISTING("queue %s is an existing queue (arn = ...), so it cannot subscribe to topic %s here: "
            + "the topic may send to a queue only if the queue's policy allows it, and Sluice writes the policies of "
            + "the queues it creates only. Let the pipeline create the queue (remove arn), or subscribe it where it "
            + "is defined."),
    QUEUE_SUBSCRIPTION_DUPLICATE("queue %s subscribes to topic %s twice; SNS keeps one subscription per queue and "
            + "topic. Keep one @Subscription (a filter policy's \"$or\" can combine both filters)."),
    QUEUE_SUBSCRIPTION_ENVELOPE("queue %s receives topic %s's messages in SNS's JSON envelope (rawMessageDelivery = "
            + "false), so its consumer %s cannot read them as %s. Set rawMessageDelivery = true, or take a String "
            + "(the envelope) in the consumer."),
    QUEUE_POLICY_SHARED("queue %s is the deadLetterQueue of %s and also %s; the framework writes the dead-letter "
            + "queue's policy and Sluice writes the other, and a queue keeps only one policy, so one of them could "
            + "not send to it. Use a separate queue for each."),
    TABLE_NAME("table name \"%s\" is invalid: use 3 to 200 letters, digits, hyphens, underscores and dots."),
    TABLE_DUPLICATE("table \"%s\" is declared twice. Keep one @Table(name = \"%s\")."),
    TABLE_KEY_MISSING("table %s has no partitionKey. A table the pipeline creates needs one, e.g. "
            + "partitionKey = \"id\"; or set arn for an existing table."),
    TABLE_KEY_NAME_LENGTH("table %s: the %s attribute's name is %d bytes long; DynamoDB allows %d bytes for a key "
            + "attribute's name. Shorten it."),
    TABLE_KEY_SAME("%s uses attribute %s as both partition and sort key; DynamoDB refuses that. Choose another sort "
            + "key, or none."),
    TABLE_INDEX_NAME("index name \"%s\" of table %s is invalid: DynamoDB takes 3 to 255 letters, digits, "
            + "underscores, hyphens and dots."),
    TABLE_INDEX_DUPLICATE("table %2$s declares index %1$s twice. Keep one."),
    TABLE_INDEX_COUNT("table %s declares %d global secondary indexes; DynamoDB allows %d per table. Remove some, or "
            + "raise the quota and split the table's access patterns."),
    TABLE_ATTRIBUTE_TYPE("attribute %s of table %s is typed %s by one key and %s by another; a table defines each "
            + "attribute once. Use one type for it in every key."),
    TABLE_STREAM_VIEW_TYPE_VALUE("streamViewType \"%s\" of table %s is not a DynamoDB stream view type; use one of "
            + "%s, as the stream was created with."),
    TABLE_CAPACITY("table %s is %s but readCapacity = %d and writeCapacity = %d: PROVISIONED tables need both "
            + "above 0, PAY_PER_REQUEST tables neither."),
    TABLE_ARN("arn \"%s\" of table %s is not a DynamoDB table ARN. Expected "
            + "arn:aws:dynamodb:<region>:<12-digit account>:table/<table name>."),
    BUCKET_NAME("bucket name \"%s\" is invalid: use lowercase letters, digits and hyphens, starting and ending "
            + "with a letter or digit."),
    BUCKET_DUPLICATE("bucket \"%s\" is declared twice. Keep one @Bucket(name = \"%s\")."),
    BUCKET_EXISTING("existing bucket name \"%s\" is not a valid S3 bucket name: 3 to 63 lowercase letters, digits, "
            + "dots and hyphens, starting and ending with a letter or digit, no two adjacent dots, not an IP address, "
            + "not starting with xn-- nor ending with -s3alias."),
    PHYSICAL_NAME_TOO_LONG("%s %s becomes \"%s\" (%d characters) at stage %s; AWS allows %d. Shorten the service "
            + "or the %s name."),
    BUCKET_NAME_TOO_LONG("bucket %s is named \"%s\" (%d characters, with the 12 characters that make it unique to "
            + "its stack) at every stage and region; S3 allows %d. Shorten the service or the bucket name."),
    STACK_TOO_LARGE("this pipeline packages into %d CloudFormation resources; a stack holds at most %d. Split it into "
            + "two modules (two @Pipeline services), or drop functions or resources."),
    RESOURCE_ID_CLASH("%s \"%s\" and %s \"%s\" both become the CloudFormation resource or environment variable "
            + "%s. Rename one of them."),
    LOG_RETENTION("logRetentionDays %d is not a retention CloudWatch Logs offers. Use one of %s, or 0 to keep "
            + "logs forever."),
    GRANT_UNDECLARED("@%s(\"%s\") names no %s declared in @Pipeline(%s = ...) of %s (it declares %s).%s "
            + "Declare it there; for an existing one, declare it with its ARN or name."),
    BUCKET_PREFIX("prefix \"%s\" is invalid: write a plain key prefix such as \"reports/\", without '*' and "
            + "without a leading '/'."),
    GRANT_OPERATION_OUTSIDE_ACCESS("@UsesTable only = %s is not part of access = %s on table %s, which allows %s. "
            + "Widen the access (READ_WRITE covers every operation) or drop the operation."),
    IAM_WILDCARD("@IamStatement %s \"%s\" contains '*'. Sluice grants nothing by wildcard: name the exact "
            + "actions and resources, or use a typed grant (@UsesTable, @UsesBucket, @UsesQueue, @UsesTopic, @UsesEventBus, @UsesKinesisStream)."),
    IAM_ACTION("@IamStatement action \"%s\" is not an IAM action. Write service:Action, e.g. kms:Decrypt."),
    IAM_RESOURCE("@IamStatement resource \"%s\" is not an ARN. Write the full ARN, e.g. "
            + "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab."),
    IAM_EMPTY("@IamStatement needs at least one action and one resource."),

    JWT_AUTHORIZER("@JwtAuthorizer %s: %s. Declare it like @JwtAuthorizer(name = \"cognito\", issuerUrl = "
            + "\"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc\", audiences = \"my-client-id\")."),

    // --- @OnHttp --------------------------------------------------------------------------------------------
    HTTP_PATH("@OnHttp path \"%s\" is not a route template: %s. Write it like /users/{userId} or /files/{proxy+}: "
            + "a leading '/', literal segments of letters, digits and . _ - ~, parameters in braces, and at most one "
            + "greedy {name+}, as the last segment."),
    HTTP_PARAMETER_UNBOUND("parameter %s of %s is not bound to the request: it is not a path parameter of %s, has no "
            + "@Query or @Header, and is not a body (the body is a record or class; there is %s). Name it after a "
            + "path parameter, annotate it @Query or @Header, or take HttpRequest for raw access."),
    HTTP_PATH_PARAMETER_MISSING("path parameter {%s} of %s has no method parameter named %s. Add '%s', or take "
            + "HttpRequest to read it from request.pathParameters()."),
    HTTP_PARAMETER_TYPE("parameter %s of %s has type %s, which Sluice cannot convert from the %s's text. Use "
            + "String, int, long, double, boolean (or their boxes), BigDecimal, UUID, Instant, LocalDate or an "
            + "enum%s."),
    HTTP_BODY_ON_GET("%s %s takes a JSON body (%s), but %s requests carry none that API Gateway, browsers and "
            + "proxies agree on. Use POST, PUT or PATCH, or read query parameters instead."),
    HTTP_TWO_BODIES("%s takes two bodies (%s and %s). A request has one: wrap them in one record."),
    HTTP_RETURN_TYPE("%s returns %s, which Sluice cannot write as a response. Return a record or class (200, "
            + "JSON), Optional<T> (404 when empty), String (text), HttpResponse, or void (204)."),
    HTTP_CORS_ORIGIN("@OnHttp cors origin \"%s\" is not an origin: write scheme://host[:port] with no path, e.g. "
            + "https://app.example.com, or \"*\" for any."),
    HTTP_CORS_CREDENTIALS("@OnHttp cors allows credentials with origin \"*\", which browsers reject. Name the "
            + "origins, or set credentials = false."),
    HTTP_TIMEOUT("function %s serves %s %s through %s with a %d s timeout; API Gateway stops waiting at %s, so "
            + "callers would get a 5xx while it still runs. Set @Function(timeoutSeconds) to %d or less, and move "
            + "slow work to a queue."),
    HTTP_AUTHORIZER_USE("%s: %s. Use auth = JWT with authorizer = \"<name>\" of a @Pipeline(jwtAuthorizers) "
            + "entry on an HTTP API route; authorizer and scopes mean nothing otherwise."),
    HTTP_AUTHORIZER_UNDECLARED("%s names JWT authorizer \"%s\", which %s does not declare (it declares %s)%s. "
            + "Add @JwtAuthorizer(name = \"%s\", ...) to its @Pipeline(jwtAuthorizers)."),
    HTTP_ROUTE_ID_CLASH("functions %s and %s serve paths %s and %s, which the Serverless Framework turns into the "
            + "same logical id (%s: it ignores case and punctuation other than '-'), so one would be lost. Rename "
            + "one path."),
    HTTP_FUNCTION_URL_ROUTE("%s is served by a function URL, which sends every method and path to the function. "
            + "Declare method = ANY, path = \"/{proxy+}\" and route inside the method (HttpRequest), or use the HTTP "
            + "API."),
    HTTP_TOKEN("%s \"%s\" is not one API Gateway and HTTP accept: %s. Rename it."),
    HTTP_STATUS("%s sets status %d; a successful response's status is 200 to 299. Throw HttpException for a "
            + "4xx, or return HttpResponse for full control."),
    HTTP_STATUS_UNUSED("%s sets status %d but %s. Remove status, or return the value it describes."),
    HTTP_NEEDS_DATABIND("%s returns %s, which is written as JSON by Jackson databind, and databind is not on the "
            + "class path. Add com.fasterxml.jackson.core:jackson-databind to your dependencies."),
    HTTP_ROUTE_CLASH("functions %s and %s both serve %s on the %s: API Gateway keeps only one. Give them distinct "
            + "paths or methods (ANY overlaps every method)."),
    HTTP_CORS_DIFFERS("functions %s and %s set different CORS on the HTTP API (%s vs %s), which has one CORS "
            + "configuration. Give every HTTP API route the same cors, or move one to api = REST."),

    // --- the processor itself -------------------------------------------------------------------------------
    DESCRIPTOR_WRITE("cannot write serverless.yml to %s: %s. Check the sluice.descriptorDir option (-A...)."),
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

    /** The text with each argument shown as {@code …}, as the diagnostics reference lists it. */
    public String template() {
        return format.replace("%n", " ").replaceAll("%(\\d+\\$)?[sd]", "…");
    }

    /** The full diagnostic text. */
    public String format(Object... args) {
        return id() + " " + String.format(Locale.ROOT, format, args);
    }
}
