package dev.sluice.processor.descriptor;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.annotations.UsesBucket;
import dev.sluice.annotations.UsesTable;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The grant → action table, pinned action by action: widening a grant must be a visible, reviewed change. */
class PermissionsTest {

    @Test
    void tableReadIsItemAndQueryReadsOnly() {
        assertThat(Permissions.table(UsesTable.Access.READ)).containsExactly("dynamodb:BatchGetItem",
                "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query",
                "dynamodb:Scan").inOrder();
    }

    @Test
    void tableWriteIsItemWritesOnly() {
        assertThat(Permissions.table(UsesTable.Access.WRITE)).containsExactly("dynamodb:BatchWriteItem",
                "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem").inOrder();
    }

    @Test
    void tableReadWriteIsExactlyTheUnion() {
        TreeSet<String> union = new TreeSet<>(Permissions.table(UsesTable.Access.READ));
        union.addAll(Permissions.table(UsesTable.Access.WRITE));
        assertThat(Permissions.table(UsesTable.Access.READ_WRITE)).containsExactlyElementsIn(union).inOrder();
    }

    @Test
    void noTableGrantTouchesStreamsOrTableManagement() {
        for (UsesTable.Access access : UsesTable.Access.values()) {
            assertThat(Permissions.table(access)).containsNoneOf("dynamodb:GetRecords", "dynamodb:GetShardIterator",
                    "dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:CreateTable");
        }
    }

    @Test
    void onlyReadsReachIndexes() {
        assertThat(Permissions.tableIndexes(UsesTable.Access.READ)).containsExactly("dynamodb:Query", "dynamodb:Scan");
        assertThat(Permissions.tableIndexes(UsesTable.Access.READ_WRITE))
                .containsExactly("dynamodb:Query", "dynamodb:Scan");
        assertThat(Permissions.tableIndexes(UsesTable.Access.WRITE)).isEmpty();
    }

    @Test
    void bucketGrants() {
        assertThat(Permissions.bucketObjects(UsesBucket.Access.READ)).containsExactly("s3:GetObject");
        assertThat(Permissions.bucketObjects(UsesBucket.Access.WRITE))
                .containsExactly("s3:AbortMultipartUpload", "s3:PutObject").inOrder();
        assertThat(Permissions.bucketObjects(UsesBucket.Access.READ_WRITE))
                .containsExactly("s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject").inOrder();
        assertThat(Permissions.bucketObjects(UsesBucket.Access.DELETE)).containsExactly("s3:DeleteObject");
        assertThat(Permissions.bucketListing(UsesBucket.Access.READ)).containsExactly("s3:ListBucket");
        assertThat(Permissions.bucketListing(UsesBucket.Access.WRITE)).isEmpty();
        assertThat(Permissions.bucketListing(UsesBucket.Access.DELETE)).isEmpty();
    }

    @Test
    void queueGrants() {
        // AWS's documented SQS-trigger permissions, and nothing the handler does not call.
        assertThat(Permissions.SQS_TRIGGER).containsExactly("sqs:DeleteMessage", "sqs:GetQueueAttributes",
                "sqs:ReceiveMessage").inOrder();
        assertThat(Permissions.SQS_SEND).containsExactly("sqs:SendMessage");
    }

    @Test
    void bucketNotificationsAreTheConfigurationOnlyNotTheBucket() {
        // The IAM names of Get/PutBucketNotificationConfiguration; nothing else of the bucket or its objects.
        assertThat(Permissions.BUCKET_NOTIFICATIONS)
                .containsExactly("s3:GetBucketNotification", "s3:PutBucketNotification").inOrder();
    }

    @Test
    void noActionAnywhereHasAWildcard() {
        List<List<String>> all = List.of(Permissions.SQS_TRIGGER, Permissions.SQS_SEND, Permissions.BUCKET_NOTIFICATIONS,
                Permissions.LOG_STREAM_CREATE, Permissions.LOG_EVENTS_PUT);
        for (List<String> actions : all) {
            actions.forEach(action -> assertThat(action).doesNotContain("*"));
        }
        for (UsesTable.Access access : UsesTable.Access.values()) {
            Permissions.table(access).forEach(action -> assertThat(action).doesNotContain("*"));
        }
        for (UsesBucket.Access access : UsesBucket.Access.values()) {
            Permissions.bucketObjects(access).forEach(action -> assertThat(action).doesNotContain("*"));
        }
    }
}
