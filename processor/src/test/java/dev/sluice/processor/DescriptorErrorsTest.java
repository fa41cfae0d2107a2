package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per diagnostic about declared resources, grants and the descriptor. */
class DescriptorErrorsTest {

    /** A pipeline with {@code resources} inside {@code @Pipeline(...)} and one function with {@code grants}. */
    private static JavaFileObject pipeline(String resources, String grants) {
        return source("Shop",
                "@Pipeline(service = \"shop\", queues = @Queue(name = \"orders\"),",
                "        " + resources + ")",
                "public class Shop {",
                "    @OnSqs(queue = \"orders\")",
                "    " + grants,
                "    public void ship(String body) {}",
                "}");
    }

    // --- queues -----------------------------------------------------------------------------------------------

    @Test
    void visibilityTimeoutOutOfRange() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", queues = @Queue(name = \"q\", visibilityTimeoutSeconds = 50000))",
                "public class P {}");
        assertSingleError(compile(file), Message.QUEUE_VISIBILITY_RANGE, file, "visibilityTimeoutSeconds = 50000");
    }

    @Test
    void visibilityTimeoutBelowTheConsumersTimeout() {
        JavaFileObject file = source("Shop",
                "@Pipeline(service = \"shop\", queues = {",
                "        @Queue(name = \"other\"),",
                "        @Queue(name = \"orders\", visibilityTimeoutSeconds = 20)})",
                "public class Shop {",
                "    @OnSqs(queue = \"orders\")",
                "    @Function(timeoutSeconds = 60)",
                "    public void ship(String body) {}",
                "}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.QUEUE_VISIBILITY_BELOW_TIMEOUT, file, "visibilityTimeoutSeconds = 20");
        assertThat(compilation).hadErrorContaining("derives 360 s");
    }

    @Test
    void maxReceiveCountOutOfRange() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", queues = @Queue(name = \"q\", maxReceiveCount = 1001))",
                "public class P {}");
        assertSingleError(compile(file), Message.QUEUE_MAX_RECEIVE, file, "maxReceiveCount = 1001");
    }

    @Test
    void existingQueueArnMustEndInItsName() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", queues = @Queue(name = \"audit\",",
                "        arn = \"arn:aws:sqs:us-east-1:123456789012:other\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.QUEUE_ARN, file, "arn = \"arn:aws:sqs");
    }

    @Test
    void functionNameTooLongOnceStageAndServiceArePrefixed() {
        JavaFileObject file = source("Jobs",
                "@Pipeline(service = \"customer-notification-preferences\", queues = @Queue(name = \"q\"))",
                "public class Jobs {",
                "    @OnSqs(queue = \"q\")",
                "    public void synchroniseEmailAndTextMessagePreferences(String body) {}",
                "}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.PHYSICAL_NAME_TOO_LONG, file, "public void synchronise");
        assertThat(compilation).hadErrorContaining(
                "customer-notification-preferences-dev-synchroniseEmailAndTextMessagePreferences");
    }

    /**
     * A created bucket is named <service>-<bucket>-<12 hex digits of the stack id>: its length is known at compile
     * time, so the check is exact, and no stage or region chosen at deploy time can make it longer.
     */
    @Test
    void bucketNameTooLong() {
        String bucket = "b".repeat(40);
        JavaFileObject file = source("P", "@Pipeline(service = \"tenletters\", buckets = @Bucket(name = \"" + bucket
                + "\"))", "public class P {}");
        // 10 + 1 + 40 + 1 + 12 = 64
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.BUCKET_NAME_TOO_LONG, file, "name = \"" + bucket + "\"");
        assertThat(compilation).hadErrorContaining("(64 characters");
        JavaFileObject fits = source("P", "@Pipeline(service = \"tenletters\", stage = \"production-eu-16\", "
                + "buckets = @Bucket(name = \"" + bucket.substring(1) + "\"))", "public class P {}");
        assertThat(compile(fits)).succeededWithoutWarnings();
    }

    @Test
    void queueNameTooLongOnceStageAndServiceArePrefixed() {
        String name = "q".repeat(70);
        JavaFileObject file = source("P", "@Pipeline(service = \"shop\", queues = @Queue(name = \"" + name + "\"))",
                "public class P {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.PHYSICAL_NAME_TOO_LONG, file, name);
        assertThat(compilation).hadErrorContaining("shop-dev-" + name + "-dlq");
    }

    // --- tables -----------------------------------------------------------------------------------------------

    @Test
    void invalidTableName() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"a b\", partitionKey = \"id\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_NAME, file, "name = \"a b\"");
    }

    @Test
    void duplicateTable() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", tables = {",
                "        @Table(name = \"users\", partitionKey = \"id\"),",
                "        @Table(name = \"users\", partitionKey = \"email\")})",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_DUPLICATE, file, "partitionKey = \"email\"");
    }

    @Test
    void createdTableNeedsAPartitionKey() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_KEY_MISSING, file, "@Table(name = \"users\")");
    }

    @Test
    void provisionedTableNeedsCapacity() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", tables = @Table(name = \"users\", partitionKey = \"id\",",
                "        billing = Table.Billing.PROVISIONED))",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_CAPACITY, file, "billing = Table.Billing.PROVISIONED");
    }

    @Test
    void existingTableArn() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", tables = @Table(name = \"users\", arn = \"arn:aws:dynamodb:users\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_ARN, file, "arn = \"arn:aws:dynamodb:users\"");
    }

    // --- buckets ----------------------------------------------------------------------------------------------

    @Test
    void invalidBucketName() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", buckets = @Bucket(name = \"Reports\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.BUCKET_NAME, file, "name = \"Reports\"");
    }

    @Test
    void duplicateBucket() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", buckets = {",
                "        @Bucket(name = \"reports\"),",
                "        @Bucket(name = \"reports\", existing = \"acme-reports\")})",
                "public class P {}");
        assertSingleError(compile(file), Message.BUCKET_DUPLICATE, file, "existing = \"acme-reports\"");
    }

    @Test
    void invalidExistingBucketName() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", buckets = @Bucket(name = \"uploads\", existing = \"Acme_Uploads\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.BUCKET_EXISTING, file, "existing = \"Acme_Uploads\"");
    }

    @Test
    void resourcesWhoseNamesClash() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", tables = {",
                "        @Table(name = \"user-events\", partitionKey = \"id\"),",
                "        @Table(name = \"user_events\", partitionKey = \"id\")})",
                "public class P {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.RESOURCE_ID_CLASH, file, "name = \"user_events\"");
        assertThat(compilation).hadErrorContaining("UserEventsTable");
    }

    // --- pipeline ---------------------------------------------------------------------------------------------

    @Test
    void logRetentionCloudWatchDoesNotOffer() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", logRetentionDays = 10)", "public class P {}");
        assertSingleError(compile(file), Message.LOG_RETENTION, file, "logRetentionDays = 10");
    }

    // --- grants -----------------------------------------------------------------------------------------------

    @Test
    void grantOnAnUndeclaredTableSuggestsTheClosest() {
        JavaFileObject file = pipeline("tables = @Table(name = \"users\", partitionKey = \"id\")",
                "@UsesTable(value = \"user\", access = UsesTable.Access.READ)");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.GRANT_UNDECLARED, file, "@UsesTable(value = \"user\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"users\"?");
    }

    /**
     * javac cannot place a diagnostic on one of several repeated annotations (it only knows the container it
     * synthesised), so the error lands on the method and its text names the grant.
     */
    @Test
    void secondOfTwoBucketGrantsIsTheUndeclaredOne() {
        JavaFileObject file = source("Shop",
                "@Pipeline(service = \"shop\", queues = @Queue(name = \"orders\"), buckets = @Bucket(name = \"reports\"))",
                "public class Shop {",
                "    @OnSqs(queue = \"orders\")",
                "    @UsesBucket(value = \"reports\", access = UsesBucket.Access.WRITE)",
                "    @UsesBucket(value = \"archive\", access = UsesBucket.Access.READ)",
                "    public void ship(String body) {}",
                "}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.GRANT_UNDECLARED, file, "public void ship");
        assertThat(compilation).hadErrorContaining("@UsesBucket(\"archive\")");
    }

    @Test
    void bucketPrefixWithWildcard() {
        JavaFileObject file = pipeline("buckets = @Bucket(name = \"reports\")",
                "@UsesBucket(value = \"reports\", access = UsesBucket.Access.READ, prefix = \"daily/*\")");
        assertSingleError(compile(file), Message.BUCKET_PREFIX, file, "prefix = \"daily/*\"");
    }

    @Test
    void wildcardActionInRawStatement() {
        JavaFileObject file = pipeline("tables = {}",
                "@IamStatement(actions = \"dynamodb:*\", resources = \"arn:aws:dynamodb:us-east-1:123456789012:table/t\")");
        assertSingleError(compile(file), Message.IAM_WILDCARD, file, "dynamodb:*");
    }

    @Test
    void wildcardResourceInRawStatement() {
        JavaFileObject file = pipeline("tables = {}",
                "@IamStatement(actions = \"kms:Decrypt\", resources = \"*\")");
        assertSingleError(compile(file), Message.IAM_WILDCARD, file, "resources = \"*\"");
    }

    @Test
    void malformedActionInRawStatement() {
        JavaFileObject file = pipeline("tables = {}",
                "@IamStatement(actions = \"Decrypt\", resources = \"arn:aws:kms:us-east-1:123456789012:key/k\")");
        assertSingleError(compile(file), Message.IAM_ACTION, file, "actions = \"Decrypt\"");
    }

    @Test
    void resourceThatIsNotAnArn() {
        JavaFileObject file = pipeline("tables = {}", "@IamStatement(actions = \"kms:Decrypt\", resources = \"my-key\")");
        assertSingleError(compile(file), Message.IAM_RESOURCE, file, "resources = \"my-key\"");
    }

    @Test
    void emptyRawStatement() {
        JavaFileObject file = pipeline("tables = {}", "@IamStatement(actions = {}, resources = {})");
        assertSingleError(compile(file), Message.IAM_EMPTY, file, "@IamStatement(actions = {}");
    }

    // --- @OnS3Upload ------------------------------------------------------------------------------------------

    private static JavaFileObject uploads(String annotations, String method) {
        return source("Uploads",
                "@Pipeline(service = \"shop\", buckets = {@Bucket(name = \"uploads\"),",
                "        @Bucket(name = \"legacy\", existing = \"acme-legacy\")})",
                "public class Uploads {",
                "    " + annotations,
                "    " + method,
                "}");
    }

    @Test
    void s3ShapeSluiceCannotSupply() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\")", "public void take(String key) {}");
        assertSingleError(compile(file), Message.S3_SHAPE, file, "void take");
    }

    @Test
    void readingContentWithoutTheSdk() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\")",
                "public void take(dev.sluice.runtime.S3Upload upload, java.io.InputStream content) {}");
        Compilation compilation = Compiler.compileWithout("awssdk", file);
        assertSingleError(compilation, Message.S3_NEEDS_SDK, file, "void take");
        assertThat(compilation).hadErrorContaining("software.amazon.awssdk:s3");
    }

    /** Nested types are printed as written: Map.Entry, not "MEntry". */
    @Test
    void nestedTypeNamesInMessagesReadAsWritten() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\")",
                "public void take(java.util.Map.Entry<String, java.util.List<String>> entry) {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.S3_SHAPE, file, "void take");
        assertThat(compilation).hadErrorContaining("Uploads.take(Map.Entry<String,List<String>>)");
        assertThat(compilation).hadErrorContaining("Map.Entry<String,List<String>> entry");
    }

    @Test
    void s3FilterWithWildcard() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", suffix = \"*.csv\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertSingleError(compile(file), Message.S3_FILTER, file, "suffix = \"*.csv\"");
    }

    @Test
    void s3FilterWithControlCharacter() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", suffix = \".csv\\n\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertSingleError(compile(file), Message.S3_KEY_TEXT, file, "suffix = \".csv\\n\"");
        assertThat(compile(file)).hadErrorContaining("control character U+000A at index 4");
    }

    @Test
    void s3FilterOverS3sKeyLength() {
        // 1025 bytes: 512 two-byte characters and one more.
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"" + "\u00e9".repeat(512) + "x\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertSingleError(compile(file), Message.S3_KEY_TEXT, file, "prefix = ");
        assertThat(compile(file)).hadErrorContaining("is 1025 bytes long");
        JavaFileObject fits = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"" + "\u00e9".repeat(512) + "\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertThat(compile(fits)).succeededWithoutWarnings();
    }

    @Test
    void grantPrefixWithControlCharacter() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\") "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.READ, prefix = \"in\\tbox/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertSingleError(compile(file), Message.S3_KEY_TEXT, file, "prefix = \"in\\tbox/\"");
    }

    @Test
    void s3BucketNotDeclared() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"upload\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.S3_BUCKET_UNDECLARED, file, "bucket = \"upload\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"uploads\"?");
    }

    @Test
    void s3NotificationsThatOneUploadCouldMatchTwice() {
        JavaFileObject file = source("Uploads",
                "@Pipeline(service = \"shop\", buckets = @Bucket(name = \"legacy\", existing = \"acme-legacy\"))",
                "public class Uploads {",
                "    @OnS3Upload(bucket = \"legacy\", prefix = \"partners/\")",
                "    public void all(dev.sluice.runtime.S3Upload upload) {}",
                "",
                "    @OnS3Upload(bucket = \"legacy\", prefix = \"partners/acme/\", suffix = \".csv\",",
                "            events = OnS3Upload.S3Event.PUT)",
                "    public void csv(dev.sluice.runtime.S3Upload upload) {}",
                "}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.S3_OVERLAP, file, "bucket = \"legacy\", prefix = \"partners/acme/\"");
        assertThat(compilation).hadErrorContaining("all and csv both take s3:ObjectCreated:Put events from bucket "
                + "legacy for keys like \"partners/acme/*.csv\"");
    }

    @Test
    void s3NotificationsNoUploadCanMatchTwiceAreFine() {
        JavaFileObject file = source("Uploads",
                "@Pipeline(service = \"shop\", buckets = @Bucket(name = \"legacy\", existing = \"acme-legacy\"))",
                "public class Uploads {",
                "    @OnS3Upload(bucket = \"legacy\", prefix = \"in/\", suffix = \".csv\")",
                "    public void csv(dev.sluice.runtime.S3Upload upload) {}",
                "",
                "    @OnS3Upload(bucket = \"legacy\", prefix = \"in/\", suffix = \".json\")",
                "    public void json(dev.sluice.runtime.S3Upload upload) {}",
                "",
                "    @OnS3Upload(bucket = \"legacy\", events = OnS3Upload.S3Event.OBJECT_REMOVED)",
                "    public void removed(dev.sluice.runtime.S3Upload upload) {}",
                "}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void existingBucketNotifierNameTooLong() {
        // Notifications on an existing bucket are set by <service>-<stage>-s3-notifications: 45 + 5 + 16 > 64.
        String service = "settlement-preview-for-legacy-partner-uploads";
        JavaFileObject file = source("Uploads",
                "@Pipeline(service = \"" + service + "\", buckets = @Bucket(name = \"legacy\", existing = \"acme-legacy\"))",
                "public class Uploads {",
                "    @OnS3Upload(bucket = \"legacy\")",
                "    public void take(dev.sluice.runtime.S3Upload upload) {}",
                "}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.PHYSICAL_NAME_TOO_LONG, file, "bucket = \"legacy\"");
        assertThat(compilation).hadErrorContaining("\"" + service + "-dev-s3-notifications\" (66 characters)");
    }

    @Test
    void s3TriggerThatWritesWhereItIsTriggered() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"in/\") "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.READ_WRITE, prefix = \"in/done/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.S3_RECURSIVE_TRIGGER, file, "bucket = \"uploads\"");
        assertThat(compilation).hadErrorContaining("would trigger it again, forever");
    }

    /** A put never emits ObjectRemoved, a delete never ObjectCreated: only the matching pairs recurse. */
    @Test
    void s3RecursionConsidersEventTypes() {
        JavaFileObject removedAndWrites = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"in/\", "
                        + "events = OnS3Upload.S3Event.OBJECT_REMOVED) "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.WRITE, prefix = \"in/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertThat(compile(removedAndWrites)).succeededWithoutWarnings();
        JavaFileObject removedAndDeletes = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"in/\", "
                        + "events = OnS3Upload.S3Event.OBJECT_REMOVED) "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.DELETE, prefix = \"in/old/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        Compilation compilation = compile(removedAndDeletes);
        assertSingleError(compilation, Message.S3_RECURSIVE_TRIGGER, removedAndDeletes, "bucket = \"uploads\"");
        assertThat(compilation).hadErrorContaining("triggered by removals in bucket uploads");
        JavaFileObject createdAndDeletes = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"in/\") "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.DELETE, prefix = \"in/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertThat(compile(createdAndDeletes)).succeededWithoutWarnings();
    }

    @Test
    void s3TriggerWritingElsewhereInItsBucketIsFine() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", prefix = \"in/\") "
                        + "@UsesBucket(value = \"uploads\", access = UsesBucket.Access.WRITE, prefix = \"out/\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    // --- @OnStream --------------------------------------------------------------------------------------------

    private static JavaFileObject audit(String annotations, String method) {
        return source("Audit",
                "import dev.sluice.runtime.Change;",
                "@Pipeline(service = \"shop\", tables = {@Table(name = \"items\", partitionKey = \"id\"),",
                "        @Table(name = \"legacy\", arn = \"arn:aws:dynamodb:us-east-1:123456789012:table/legacy\"),",
                "        @Table(name = \"keys\", arn = \"arn:aws:dynamodb:us-east-1:123456789012:table/keys\",",
                "                streamArn = \"arn:aws:dynamodb:us-east-1:123456789012:table/keys/stream/2026\",",
                "                streamViewType = \"KEYS_ONLY\")})",
                "public class Audit {",
                "    public record Item(String id) {}",
                "    " + annotations,
                "    " + method,
                "}");
    }

    @Test
    void streamShapeSluiceCannotSupply() {
        JavaFileObject file = audit("@OnStream(table = \"items\")", "public void audit(Item item) {}");
        assertSingleError(compile(file), Message.STREAM_SHAPE, file, "void audit");
    }

    @Test
    void streamBatchSizeOutOfRange() {
        JavaFileObject file = audit("@OnStream(table = \"items\", batchSize = 20000)",
                "public void audit(Change<Item> change) {}");
        assertSingleError(compile(file), Message.STREAM_SETTING, file, "batchSize = 20000");
    }

    @Test
    void streamWithNoEvents() {
        JavaFileObject file = audit("@OnStream(table = \"items\", events = {})",
                "public void audit(Change<Item> change) {}");
        assertSingleError(compile(file), Message.STREAM_EVENTS, file, "events = {}");
    }

    @Test
    void streamFailureQueueUndeclared() {
        JavaFileObject file = audit("@OnStream(table = \"items\", onFailure = \"dropped\")",
                "public void audit(Change<Item> change) {}");
        assertSingleError(compile(file), Message.ON_FAILURE_UNDECLARED, file, "onFailure = \"dropped\"");
    }

    @Test
    void s3FailureQueueUndeclared() {
        JavaFileObject file = uploads("@OnS3Upload(bucket = \"uploads\", onFailure = \"failed\")",
                "public void take(dev.sluice.runtime.S3Upload upload) {}");
        assertSingleError(compile(file), Message.ON_FAILURE_UNDECLARED, file, "onFailure = \"failed\"");
    }

    @Test
    void streamOfAnUndeclaredTable() {
        JavaFileObject file = audit("@OnStream(table = \"item\")", "public void audit(Change<Item> change) {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.STREAM_TABLE_UNDECLARED, file, "table = \"item\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"items\"?");
    }

    @Test
    void streamOfAnExistingTableWithoutStreamArn() {
        JavaFileObject file = audit("@OnStream(table = \"legacy\")", "public void audit(Change<Item> change) {}");
        assertSingleError(compile(file), Message.STREAM_ARN_MISSING, file, "table = \"legacy\"");
    }

    @Test
    void streamThatCannotProvideTheImagesTheMethodReads() {
        JavaFileObject file = audit("@OnStream(table = \"keys\", images = OnStream.Images.NEW_AND_OLD)",
                "public void audit(Change<Item> change) {}");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.STREAM_VIEW_TYPE, file, "images = OnStream.Images.NEW_AND_OLD");
        assertThat(compilation).hadErrorContaining("its stream carries KEYS_ONLY");
    }

    // --- writing ----------------------------------------------------------------------------------------------

    @Test
    void unwritableDescriptorDirectory(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
        JavaFileObject file = source("Jobs",
                "@Pipeline(service = \"jobs\", queues = @Queue(name = \"work\"))",
                "public class Jobs {",
                "    @OnSqs(queue = \"work\") public void run(String body) {}",
                "}");
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new SluiceProcessor())
                .withOptions("-Asluice.descriptorDir=" + blocker.resolve("sub"))
                .compile(file);
        assertThat(compilation).hadErrorContaining(Message.DESCRIPTOR_WRITE.id());
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void descriptorDirectoryOptionReceivesTheFile(@TempDir Path dir) throws Exception {
        JavaFileObject file = JavaFileObjects.forSourceLines("test.Jobs",
                "package test;",
                "import dev.sluice.annotations.*;",
                "@Pipeline(service = \"jobs\", queues = @Queue(name = \"work\"))",
                "public class Jobs {",
                "    @OnSqs(queue = \"work\") public void run(String body) {}",
                "}");
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new SluiceProcessor())
                .withOptions("-Asluice.descriptorDir=" + dir, "-Asluice.artifact=build/jobs-all.jar")
                .compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        String written = Files.readString(dir.resolve("serverless.yml"));
        assertThat(written).contains("artifact: build/jobs-all.jar");
        assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "serverless.yml")
                .contentsAsUtf8String().isEqualTo(written);
    }
}
