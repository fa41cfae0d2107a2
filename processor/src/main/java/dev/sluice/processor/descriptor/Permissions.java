package dev.sluice.processor.descriptor;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;
import java.util.List;

/**
 * The IAM actions behind each typed grant: the smallest set that lets the SDK calls the grant names succeed.
 * Compare AWS CDK's {@code grantReadData}/{@code grantWriteData} and SAM's DynamoDBReadPolicy/S3ReadPolicy, which
 * grant more (stream reads, {@code s3:GetBucket*}, {@code s3:List*}). Lists are sorted, so policies diff cleanly.
 */
public final class Permissions {

    private Permissions() {}

    /** What Lambda's SQS poller needs on the queue a function is triggered by. */
    public static final List<String> SQS_TRIGGER = List.of(
            "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage");

    /** What Lambda's stream poller needs on the stream a function is triggered by. */
    public static final List<String> DYNAMODB_STREAM_TRIGGER = List.of(
            "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams");

    /** Reading and replacing a bucket's notification configuration (the S3 API's *NotificationConfiguration). */
    public static final List<String> BUCKET_NOTIFICATIONS = List.of("s3:GetBucketNotification",
            "s3:PutBucketNotification");

    /** Sending to a queue, by URL (the URL reaches the function, so no {@code sqs:GetQueueUrl}). */
    public static final List<String> SQS_SEND = List.of("sqs:SendMessage");
    public static final List<String> SNS_PUBLISH = List.of("sns:Publish");
    public static final List<String> EVENTS_PUT = List.of("events:PutEvents");
    public static final List<String> KINESIS_PUT = List.of("kinesis:PutRecord", "kinesis:PutRecords");
    /** What Lambda's event source mapping needs on the stream (Lambda developer guide, "Kinesis"). */
    public static final List<String> KINESIS_TRIGGER = List.of("kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards");
    /** ...and on an enhanced fan-out consumer. */
    public static final List<String> KINESIS_CONSUMER = List.of("kinesis:SubscribeToShard");

    private static final List<String> TABLE_READ = List.of(
            "dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
            "dynamodb:Query", "dynamodb:Scan");
    private static final List<String> TABLE_WRITE = List.of(
            "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem",
            "dynamodb:UpdateItem");
    private static final List<String> TABLE_READ_WRITE = List.of(
            "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem");

    /** Actions on the table itself. */
    public static List<String> table(UsesTable.Access access) {
        return switch (access) {
            case READ -> TABLE_READ;
            case WRITE -> TABLE_WRITE;
            case READ_WRITE -> TABLE_READ_WRITE;
        };
    }

    /** The actions of a grant narrowed to {@code only} (sorted), or all of {@code access}'s when it is empty. */
    public static List<String> table(UsesTable.Access access, List<UsesTable.Operation> only) {
        if (only.isEmpty()) {
            return table(access);
        }
        return only.stream().map(UsesTable.Operation::action).distinct().sorted().toList();
    }

    /** Actions on the table's indexes ({@code <table>/index/*}): only reads can use an index. */
    public static List<String> tableIndexes(UsesTable.Access access) {
        return access == UsesTable.Access.WRITE ? List.of() : List.of("dynamodb:Query", "dynamodb:Scan");
    }

    /** The index actions of a grant narrowed to {@code only}: its Query and Scan, if any. */
    public static List<String> tableIndexes(UsesTable.Access access, List<UsesTable.Operation> only) {
        List<String> actions = tableIndexes(access);
        return only.isEmpty() ? actions : table(access, only).stream().filter(actions::contains).toList();
    }

    /** Actions on objects under the grant's prefix. */
    public static List<String> bucketObjects(UsesBucket.Access access) {
        return switch (access) {
            case READ -> List.of("s3:GetObject");
            case WRITE -> List.of("s3:AbortMultipartUpload", "s3:PutObject");
            case READ_WRITE -> List.of("s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject");
            case DELETE -> List.of("s3:DeleteObject");
        };
    }

    /** Actions on the bucket itself, limited by an {@code s3:prefix} condition when the grant has a prefix. */
    public static List<String> bucketListing(UsesBucket.Access access) {
        return access == UsesBucket.Access.READ || access == UsesBucket.Access.READ_WRITE
                ? List.of("s3:ListBucket")
                : List.of();
    }

    /** What a function needs to write its own log (the log group itself is created by the framework). */
    public static final List<String> LOG_STREAM_CREATE = List.of("logs:CreateLogStream");
    public static final List<String> LOG_EVENTS_PUT = List.of("logs:PutLogEvents");
}
