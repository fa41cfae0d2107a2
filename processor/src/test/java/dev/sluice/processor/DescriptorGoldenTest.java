package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.runtime.S3EventReader;
import dev.sluice.runtime.ScheduledEvents;
import dev.sluice.runtime.SqsEventReader;
import dev.sluice.runtime.StreamEventReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated serverless.yml, compared as exact text with its golden. The rich pipeline's golden is also
 * packaged by the real Serverless Framework and linted by cfn-lint in the {@code it} module.
 */
class DescriptorGoldenTest {

    /** Every kind of resource and grant, created and existing, standard and FIFO. */
    static final JavaFileObject SHOP = source("Shop",
            "import dev.sluice.annotations.Table.AttributeType;",
            "import dev.sluice.annotations.Table.Billing;",
            "import dev.sluice.annotations.Table.Index;",
            "",
            "@Pipeline(service = \"shop\", region = \"eu-west-1\", memoryMb = 768, logRetentionDays = 14,",
            "        queues = {",
            "            @Queue(name = \"orders\"),",
            "            @Queue(name = \"events.fifo\", maxReceiveCount = 3),",
            "            @Queue(name = \"audit\", arn = \"arn:aws:sqs:eu-west-1:123456789012:audit\"),",
            "            @Queue(name = \"parked\", maxReceiveCount = 0, visibilityTimeoutSeconds = 60)},",
            "        tables = {",
            "            @Table(name = \"users\", partitionKey = \"id\",",
            "                    indexes = @Index(name = \"by-email\", partitionKey = \"email\")),",
            "            @Table(name = \"ledger\", partitionKey = \"account\", sortKey = \"seq\",",
            "                    sortKeyType = AttributeType.NUMBER, billing = Billing.PROVISIONED,",
            "                    readCapacity = 5, writeCapacity = 5),",
            "            @Table(name = \"legacy\", arn = \"arn:aws:dynamodb:eu-west-1:123456789012:table/legacy-users\")},",
            "        buckets = {@Bucket(name = \"reports\"), @Bucket(name = \"uploads\", existing = \"acme-uploads\")})",
            "public class Shop {",
            "    public record Order(String id, int quantity) {}",
            "",
            "    @OnSqs(queue = \"orders\", batchSize = 50, maxBatchingWindowSeconds = 5)",
            "    @Function(timeoutSeconds = 20, description = \"Ships orders\",",
            "            environment = {@Env(name = \"MODE\", value = \"live\"), @Env(name = \"STAGE\", value = \"${sls:stage}\")})",
            "    @UsesTable(value = \"users\", access = UsesTable.Access.READ)",
            "    @UsesTable(value = \"ledger\", access = UsesTable.Access.READ_WRITE)",
            "    @UsesQueue(\"audit\")",
            "    @UsesBucket(value = \"reports\", access = UsesBucket.Access.WRITE, prefix = \"daily/\")",
            "    public void ship(Order order) {}",
            "",
            "    @OnSqs(queue = \"events.fifo\", maximumConcurrency = 2, failOnUnknownProperties = true)",
            "    @Function(reservedConcurrency = 2, snapStart = Function.SnapStart.ENABLED, ephemeralStorageMb = 2048)",
            "    @UsesBucket(value = \"uploads\", access = UsesBucket.Access.READ, prefix = \"in/\")",
            "    @IamStatement(actions = \"kms:Decrypt\",",
            "            resources = \"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")",
            "    public void sequence(String body, SqsMessage meta) {}",
            "",
            "    @OnSqs(queueArn = \"arn:aws:sqs:eu-west-1:123456789012:legacy-jobs\")",
            "    @UsesTable(value = \"legacy\", access = UsesTable.Access.WRITE)",
            "    @UsesTable(value = \"users\", access = UsesTable.Access.WRITE)",
            "    @UsesBucket(value = \"uploads\", access = UsesBucket.Access.DELETE)",
            "    public void archive(String body) {}",
            "",
            "    @OnSqs(queue = \"parked\")",
            "    @UsesQueue(\"orders\")",
            "    public void unpark(String body) {}",
            "",
            "    @Schedule(value = \"cron(0 6 * * ? *)\", description = \"Daily ledger check\",",
            "            maximumRetryAttempts = 1, onFailure = \"parked\")",
            "    @UsesTable(value = \"ledger\", access = UsesTable.Access.READ)",
            "    public void audit(java.time.Instant scheduledTime) {}",
            "",
            "    @OnStream(table = \"users\", batchSize = 100, startingPosition = OnStream.StartingPosition.TRIM_HORIZON,",
            "            events = {OnStream.ChangeType.MODIFY, OnStream.ChangeType.INSERT}, bisectOnError = true,",
            "            maximumRetryAttempts = 3, maximumRecordAgeSeconds = 3600, onFailure = \"parked\")",
            "    public void audit2(dev.sluice.runtime.Change<Order> change) {}",
            "",
            "    @OnS3Upload(bucket = \"reports\", prefix = \"incoming/\", suffix = \".csv\",",
            "            maximumRetryAttempts = 0, onFailure = \"parked\")",
            "    @UsesBucket(value = \"reports\", access = UsesBucket.Access.WRITE, prefix = \"daily/\")",
            "    public void ingest(dev.sluice.runtime.S3Upload upload, java.io.InputStream content) {}",
            "",
            "    @OnS3Upload(bucket = \"uploads\", prefix = \"partners/\", suffix = \".csv\",",
            "            events = OnS3Upload.S3Event.PUT)",
            "    public void receive(String bucket, String key) {}",
            "",
            "    @OnS3Upload(bucket = \"uploads\", prefix = \"feeds/\", suffix = \".json\")",
            "    public void index(dev.sluice.runtime.S3Upload upload, java.io.InputStream content) {}",
            "",
            "    @Schedule(value = \"rate(1 hour)\", input = \"{\\\"scope\\\": \\\"recent\\\"}\", enabled = false)",
            "    public void sweep(Sweep sweep) {}",
            "    public record Sweep(String scope) {}",
            "}");

    @Test
    void richPipeline(TestInfo test) {
        Compilation compilation = compile(SHOP);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertResource(compilation, "serverless.yml", test);
    }

    /** Every function gets a sample event its own handler reads, in its trigger's shape. */
    @Test
    void sampleEvents(TestInfo test) throws Exception {
        Compilation compilation = compile(SHOP);
        assertThat(compilation).succeededWithoutWarnings();
        for (String function : List.of("ship", "sequence", "ingest", "audit", "audit2", "sweep", "receive", "index")) {
            Goldens.assertResource(compilation, "sluice/events/" + function + ".json", test);
        }
        byte[] fifo = bytes(compilation, "sequence");
        assertThat(SqsEventReader.read(new ByteArrayInputStream(fifo)).get(0).messageGroupId()).isEqualTo("group-1");
        assertThat(S3EventReader.read(new ByteArrayInputStream(bytes(compilation, "ingest"))).get(0).upload().key())
                .isEqualTo("incoming/sample file.csv");
        assertThat(StreamEventReader.read(new ByteArrayInputStream(bytes(compilation, "audit2")))).hasSize(1);
        assertThat(ScheduledEvents.time(bytes(compilation, "audit"))).isEqualTo(Instant.parse("2015-10-08T16:53:06Z"));
        assertThat(new String(bytes(compilation, "sweep"), StandardCharsets.UTF_8)).isEqualTo("{\"scope\": \"recent\"}\n");
    }

    private static byte[] bytes(Compilation compilation, String function) throws Exception {
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "sluice/events/" + function + ".json").orElseThrow().openInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void minimalPipeline(TestInfo test) {
        JavaFileObject jobs = source("Jobs",
                "@Pipeline(service = \"jobs\", queues = @Queue(name = \"work\"))",
                "public class Jobs {",
                "    @OnSqs(queue = \"work\")",
                "    public void run(String body) {}",
                "}");
        Compilation compilation = compile(jobs);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertResource(compilation, "serverless.yml", test);
    }

    @Test
    void noDescriptorWithoutPipeline() {
        JavaFileObject plain = source("Plain", "public class Plain {}");
        Compilation compilation = compile(plain);
        assertThat(compilation).succeededWithoutWarnings();
        org.junit.jupiter.api.Assertions.assertTrue(
                compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "serverless.yml").isEmpty());
    }
}
