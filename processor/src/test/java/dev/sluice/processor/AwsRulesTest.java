package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Rules AWS enforces at deploy time (or, worse, by dropping data at run time), written from AWS's documentation,
 * each as a compile test: the error or warning, on the attribute at fault, and the valid neighbour that compiles.
 */
class AwsRulesTest {

    private static JavaFileObject pipeline(String pipeline, String... body) {
        String[] lines = new String[body.length + 2];
        lines[0] = pipeline;
        lines[1] = "public class P {";
        System.arraycopy(body, 0, lines, 2, body.length);
        String[] all = java.util.Arrays.copyOf(lines, lines.length + 1);
        all[all.length - 1] = "}";
        return source("P", all);
    }

    // --- grants and environment -----------------------------------------------------------------------------

    @Test
    void grantOnAMethodWithoutTrigger() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "    @UsesTable(value = \"users\", access = UsesTable.Access.READ)",
                "    public void helper() {}");
        assertSingleError(compile(file), Message.GRANT_WITHOUT_TRIGGER, file, "public void helper");
        assertThat(compile(file)).hadErrorContaining("has @UsesTable but no trigger annotation");
        JavaFileObject repeated = pipeline("@Pipeline(service = \"s\", queues = {@Queue(name = \"a\"), @Queue(name = \"b\")})",
                "    @UsesQueue(\"a\") @UsesQueue(\"b\") @IamStatement(actions = \"kms:Decrypt\",",
                "        resources = \"arn:aws:kms:us-east-1:123456789012:key/k\")",
                "    public void helper() {}");
        assertSingleError(compile(repeated), Message.GRANT_WITHOUT_TRIGGER, repeated, "public void helper");
        assertThat(compile(repeated)).hadErrorContaining("has @IamStatement, @UsesQueue but no trigger");
    }

    @Test
    void environmentNamesLambdaRefuses() {
        JavaFileObject single = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"))",
                "    @OnSqs(queue = \"q\") @Function(environment = @Env(name = \"X\", value = \"1\"))",
                "    public void take(String body) {}");
        assertSingleError(compile(single), Message.ENV_NAME, single, "@Env(name = \"X\"");
        JavaFileObject two = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"))",
                "    @OnSqs(queue = \"q\") @Function(environment = @Env(name = \"XY\", value = \"1\"))",
                "    public void take(String body) {}");
        assertThat(compile(two)).succeededWithoutWarnings();
    }

    @Test
    void environmentNamesSluiceReserves() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"), "
                        + "tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "    @OnSqs(queue = \"q\") @UsesTable(value = \"users\", access = UsesTable.Access.READ)",
                "    @Function(environment = @Env(name = \"SLUICE_TABLE_USERS\", value = \"mine\"))",
                "    public void take(String body) {}");
        assertSingleError(compile(file), Message.ENV_SLUICE_PREFIX, file, "@Env(name = \"SLUICE_TABLE_USERS\"");
    }

    /** 4 KB for every name and value, JAVA_TOOL_OPTIONS and the SLUICE_* names included. */
    @Test
    void environmentOverLambdasFourKilobytes() {
        String value = "v".repeat(1010);
        StringBuilder env = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            env.append(i == 0 ? "" : ", ").append("@Env(name = \"BIG").append(i).append("\", value = \"").append(value)
                    .append("\")");
        }
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"))",
                "    @OnSqs(queue = \"q\") @Function(environment = {" + env + "})",
                "    public void take(String body) {}");
        // 4 × (4 + 1010) = 4056 bytes, plus JAVA_TOOL_OPTIONS (17 + 47 = 64): 4120, over 4096.
        assertSingleError(compile(file), Message.ENV_TOO_LARGE, file, "@Function(environment");
        assertThat(compile(file)).hadErrorContaining("JAVA_TOOL_OPTIONS, BIG0, BIG1, BIG2, BIG3");
        JavaFileObject fits = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"), javaToolOptions = \"\")",
                "    @OnSqs(queue = \"q\") @Function(environment = {" + env + "})",
                "    public void take(String body) {}");
        assertThat(compile(fits)).succeededWithoutWarnings();
    }

    /** Lambda names are case-sensitive, the framework's resource ids are not: Ship and ship, run-jobs and runDashjobs. */
    @Test
    void functionNamesThatBecomeOneResourceId() {
        JavaFileObject cased = pipeline("@Pipeline(service = \"s\", queues = {@Queue(name = \"a\"), @Queue(name = \"b\")})",
                "    @OnSqs(queue = \"a\") public void ship(String body) {}",
                "    @OnSqs(queue = \"b\") @Function(name = \"Ship\") public void shipAgain(String body) {}");
        Compilation compilation = compile(cased);
        // Functions are checked in name order ("Ship" before "ship"): the later one is reported.
        assertSingleError(compilation, Message.FUNCTION_ID_CLASH, cased, "public void ship(");
        assertThat(compilation).hadErrorContaining("ShipLambdaFunction");
        JavaFileObject dashed = pipeline("@Pipeline(service = \"s\", queues = {@Queue(name = \"a\"), @Queue(name = \"b\")})",
                "    @OnSqs(queue = \"a\") @Function(name = \"run-jobs\") public void first(String body) {}",
                "    @OnSqs(queue = \"b\") @Function(name = \"runDashjobs\") public void second(String body) {}");
        assertThat(compile(dashed)).hadErrorContaining("RunDashjobsLambdaFunction");
    }

    // --- destinations and shared sources --------------------------------------------------------------------

    @Test
    void fifoQueueAsOnFailureDestination() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"parked.fifo\"))",
                "    @Schedule(value = \"rate(1 hour)\", onFailure = \"parked.fifo\")",
                "    public void tick() {}");
        assertSingleError(compile(file), Message.ON_FAILURE_FIFO, file, "onFailure = \"parked.fifo\"");
        JavaFileObject stream = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"parked.fifo\"), "
                        + "tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "    @OnStream(table = \"users\", onFailure = \"parked.fifo\")",
                "    public void audit(dev.sluice.runtime.Change<Row> change) {}",
                "    public record Row(String id) {}");
        assertSingleError(compile(stream), Message.ON_FAILURE_FIFO, stream, "onFailure = \"parked.fifo\"");
    }

    @Test
    void twoConsumersOfOneQueueIsAWarning() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", queues = @Queue(name = \"q\"))",
                "    @OnSqs(queue = \"q\") public void first(String body) {}",
                "    @OnSqs(queue = \"q\") public void second(String body) {}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(Message.SQS_SHARED_QUEUE.id()).inFile(file)
                .onLineContaining("public void second");
        assertThat(compilation).hadWarningContaining("already consumed by function first");
    }

    @Test
    void moreThanTwoReadersOfOneStreamIsAWarning() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\", tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "    public record Row(String id) {}",
                "    @OnStream(table = \"users\") public void a(dev.sluice.runtime.Change<Row> c) {}",
                "    @OnStream(table = \"users\") public void b(dev.sluice.runtime.Change<Row> c) {}",
                "    @OnStream(table = \"users\") public void c(dev.sluice.runtime.Change<Row> c) {}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(Message.STREAM_TOO_MANY_READERS.id()).inFile(file)
                .onLineContaining("public void c(");
        JavaFileObject two = pipeline("@Pipeline(service = \"s\", tables = @Table(name = \"users\", partitionKey = \"id\"))",
                "    public record Row(String id) {}",
                "    @OnStream(table = \"users\") public void a(dev.sluice.runtime.Change<Row> c) {}",
                "    @OnStream(table = \"users\") public void b(dev.sluice.runtime.Change<Row> c) {}");
        assertThat(compile(two)).succeededWithoutWarnings();
    }

    // --- limits ---------------------------------------------------------------------------------------------

    /** 500 resources per stack: 83 schedules make exactly 500 (2 + 83 × 6), 84 make 506. */
    @Test
    void stackOverCloudFormationsResourceLimit() {
        assertThat(compile(schedules(83))).succeededWithoutWarnings();
        JavaFileObject file = schedules(84);
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.STACK_TOO_LARGE, file, "@Pipeline(");
        assertThat(compilation).hadErrorContaining("packages into 506 CloudFormation resources");
    }

    private static JavaFileObject schedules(int count) {
        String[] body = new String[count];
        for (int i = 0; i < count; i++) {
            body[i] = "    @Schedule(\"rate(1 hour)\") public void tick" + i + "() {}";
        }
        return pipeline("@Pipeline(service = \"s\")", body);
    }

    @Test
    void ruleDescriptionOverEventBridgesLimit() {
        JavaFileObject file = pipeline("@Pipeline(service = \"s\")",
                "    @Schedule(value = \"rate(1 hour)\", description = \"" + "d".repeat(513) + "\")",
                "    public void tick() {}");
        assertSingleError(compile(file), Message.SCHEDULE_DESCRIPTION, file, "description = ");
        JavaFileObject fits = pipeline("@Pipeline(service = \"s\")",
                "    @Schedule(value = \"rate(1 hour)\", description = \"" + "d".repeat(512) + "\")",
                "    public void tick() {}");
        assertThat(compile(fits)).succeededWithoutWarnings();
    }

    @Test
    void sameAttributeAsPartitionAndSortKey() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"id\", sortKey = \"id\"))", "public class P {}");
        assertSingleError(compile(file), Message.TABLE_KEY_SAME, file, "partitionKey = \"id\", sortKey = \"id\"");
    }

    @Test
    void keyAttributeNameOverDynamoDbsLimit() {
        String name = "k".repeat(256);
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"" + name + "\"))", "public class P {}");
        assertSingleError(compile(file), Message.TABLE_KEY_NAME_LENGTH, file, "partitionKey = ");
        JavaFileObject fits = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"" + name.substring(1) + "\"))", "public class P {}");
        assertThat(compile(fits)).succeededWithoutWarnings();
    }

    @Test
    void indexNamesDynamoDbRefuses() {
        JavaFileObject shortName = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"id\", indexes = @Table.Index(name = \"by\", partitionKey = \"email\")))",
                "public class P {}");
        assertSingleError(compile(shortName), Message.TABLE_INDEX_NAME, shortName, "name = \"by\"");
        JavaFileObject twice = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"id\", indexes = {@Table.Index(name = \"by-email\", partitionKey = \"email\"),",
                "                @Table.Index(name = \"by-email\", partitionKey = \"mail\")}))",
                "public class P {}");
        assertSingleError(compile(twice), Message.TABLE_INDEX_DUPLICATE, twice, "partitionKey = \"mail\"");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ", ").append("@Table.Index(name = \"index").append(i)
                    .append("\", partitionKey = \"a").append(i).append("\")");
        }
        JavaFileObject tooMany = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"id\", indexes = {" + many + "}))", "public class P {}");
        assertSingleError(compile(tooMany), Message.TABLE_INDEX_COUNT, tooMany, "indexes = {");
    }

    @Test
    void oneAttributeWithTwoTypes() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        partitionKey = \"id\", indexes = @Table.Index(name = \"by-id\", partitionKey = \"id\",",
                "                partitionKeyType = Table.AttributeType.NUMBER)))",
                "public class P {}");
        assertSingleError(compile(file), Message.TABLE_ATTRIBUTE_TYPE, file, "partitionKeyType = Table.AttributeType.NUMBER");
    }

    @Test
    void streamViewTypeThatDoesNotExist() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", tables = @Table(name = \"users\",",
                "        arn = \"arn:aws:dynamodb:us-east-1:123456789012:table/users\",",
                "        streamViewType = \"NEW\"))", "public class P {}");
        assertSingleError(compile(file), Message.TABLE_STREAM_VIEW_TYPE_VALUE, file, "streamViewType = \"NEW\"");
    }

    @Test
    void existingBucketNamedLikeAnIpAddress() {
        for (String name : new String[] {"192.168.5.4", "my..bucket", "xn--bucket", "bucket-s3alias"}) {
            JavaFileObject file = source("P", "@Pipeline(service = \"s\", buckets = @Bucket(name = \"in\",",
                    "        existing = \"" + name + "\"))", "public class P {}");
            assertSingleError(compile(file), Message.BUCKET_EXISTING, file, "existing = \"" + name + "\"");
        }
    }
}
