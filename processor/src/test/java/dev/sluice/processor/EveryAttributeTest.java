package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.annotations.Pipeline;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * One pipeline that sets every attribute of every Sluice annotation to a value other than its default, so that
 * the keys the example never sets are exercised too (a stream's batching window, an existing table's stream,
 * SnapStart on S3 and schedule functions…). A test enforces that it really covers every attribute, including
 * attributes added later; its golden is packaged in {@code it} (EveryAttributeIT) by the real Serverless
 * Framework, whose {@code configValidationMode: error} checks every key against the framework's own schema.
 */
class EveryAttributeTest {

    static final JavaFileObject EVERY = source("Every",
            "import dev.sluice.annotations.Table.AttributeType;",
            "import dev.sluice.annotations.Table.Billing;",
            "import dev.sluice.annotations.Table.Index;",
            "import dev.sluice.annotations.OnStream.ChangeType;",
            "import dev.sluice.runtime.Change;",
            "import dev.sluice.runtime.S3Upload;",
            "",
            "@Pipeline(service = \"every\", runtime = LambdaRuntime.JAVA25, region = \"eu-central-1\",",
            "        stage = \"prod-eu\", memoryMb = 512, timeoutSeconds = 20, javaToolOptions = \"-XX:+UseSerialGC\",",
            "        snapStart = true, logRetentionDays = 7,",
            "        queues = {",
            "            @Queue(name = \"jobs\", visibilityTimeoutSeconds = 300, maxReceiveCount = 3),",
            "            @Queue(name = \"failed\"),",
            "            @Queue(name = \"undelivered\"),",
            "            @Queue(name = \"fan-out\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
            "                    rawMessageDelivery = false, filterPolicy = \"{\\\"region\\\": [\\\"eu\\\"]}\",",
            "                    filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY)),",
            "            @Queue(name = \"legacy\", arn = \"arn:aws:sqs:eu-central-1:123456789012:legacy\")},",
            "        tables = {",
            "            @Table(name = \"orders\", partitionKey = \"id\", partitionKeyType = AttributeType.NUMBER,",
            "                    sortKey = \"at\", sortKeyType = AttributeType.BINARY, billing = Billing.PROVISIONED,",
            "                    readCapacity = 2, writeCapacity = 3,",
            "                    indexes = @Index(name = \"by-customer\", partitionKey = \"customer\",",
            "                            partitionKeyType = AttributeType.STRING, sortKey = \"total\",",
            "                            sortKeyType = AttributeType.NUMBER)),",
            "            @Table(name = \"history\", arn = \"arn:aws:dynamodb:eu-central-1:123456789012:table/history\",",
            "                    streamArn = \"arn:aws:dynamodb:eu-central-1:123456789012:table/history/stream/"
                    + "2026-01-01T00:00:00.000\",",
            "                    streamViewType = \"NEW_IMAGE\")},",
            "        buckets = {@Bucket(name = \"drop\"), @Bucket(name = \"archive\", existing = \"acme-archive\")},",
            "        topics = {@Topic(name = \"settled\"),",
            "            @Topic(name = \"partner\", arn = \"arn:aws:sns:eu-central-1:123456789012:partner\")},",
            "        kinesisStreams = {@KinesisStream(name = \"clicks\", shards = 2, retentionHours = 48),",
            "            @KinesisStream(name = \"partner-clicks\",",
            "                    arn = \"arn:aws:kinesis:eu-central-1:123456789012:stream/partner-clicks\")},",
            "        eventBuses = {@EventBus(name = \"orders\"), @EventBus(name = \"partner-bus\",",
            "                arn = \"arn:aws:events:eu-central-1:123456789012:event-bus/partner-bus\")},",
            "        jwtAuthorizers = @JwtAuthorizer(name = \"cognito\",",
            "                issuerUrl = \"https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_abc\",",
            "                audiences = {\"web\", \"mobile\"}, identitySource = \"$request.header.X-Token\"))",
            "public class Every {",
            "    public record Job(String id) {}",
            "    public record Row(long id, String customer) {}",
            "",
            "    @OnSqs(queue = \"jobs\", batchSize = 100, maxBatchingWindowSeconds = 5, maximumConcurrency = 4,",
            "            failOnUnknownProperties = true)",
            "    @Function(name = \"run-jobs\", memoryMb = 1024, timeoutSeconds = 40, reservedConcurrency = 8,",
            "            ephemeralStorageMb = 1024, description = \"Runs jobs\", timeoutMarginMillis = 3000,",
            "            environment = @Env(name = \"MODE\", value = \"fast\"), snapStart = Function.SnapStart.DISABLED)",
            "    @UsesTable(value = \"orders\", access = UsesTable.Access.READ_WRITE)",
            "    @UsesTable(value = \"history\", access = UsesTable.Access.READ,",
            "            only = {UsesTable.Operation.GET_ITEM, UsesTable.Operation.QUERY})",
            "    @UsesBucket(value = \"drop\", access = UsesBucket.Access.WRITE, prefix = \"out/\")",
            "    @UsesBucket(value = \"archive\", access = UsesBucket.Access.READ)",
            "    @UsesQueue(\"failed\")",
            "    @UsesQueue(\"legacy\")",
            "    @UsesTopic(\"settled\")",
            "    @UsesTopic(\"partner\")",
            "    @IamStatement(actions = \"kms:Decrypt\",",
            "            resources = \"arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\")",
            "    @IamStatement(actions = {\"ssm:GetParameter\", \"ssm:GetParameters\"},",
            "            resources = \"arn:aws:ssm:eu-central-1:123456789012:parameter/every/config\")",
            "    public void runJobs(Job job) {}",
            "",
            "    @OnSqs(queueArn = \"arn:aws:sqs:eu-central-1:123456789012:legacy-in\")",
            "    public void legacyJobs(String body) {}",
            "",
            "    @Schedule(value = \"cron(0 */4 ? * MON-FRI *)\", input = \"{\\\"id\\\": \\\"nightly\\\"}\", enabled = false,",
            "            description = \"Nightly\", maximumRetryAttempts = 1, onFailure = \"failed\")",
            "    public void nightly(Job job) {}",
            "",
            "    @OnS3Upload(bucket = \"drop\", prefix = \"in/\", suffix = \".json\",",
            "            events = {OnS3Upload.S3Event.PUT, OnS3Upload.S3Event.COMPLETE_MULTIPART_UPLOAD},",
            "            maximumRetryAttempts = 2, onFailure = \"failed\")",
            "    public void ingest(S3Upload upload, java.io.InputStream content) {}",
            "",
            "    @OnS3Upload(bucket = \"archive\", prefix = \"gone/\", events = OnS3Upload.S3Event.OBJECT_REMOVED)",
            "    public void removed(String bucket, String key) {}",
            "",
            "    @OnStream(table = \"orders\", startingPosition = OnStream.StartingPosition.TRIM_HORIZON, batchSize = 50,",
            "            maxBatchingWindowSeconds = 2, images = OnStream.Images.NEW,",
            "            events = {ChangeType.INSERT, ChangeType.MODIFY}, bisectOnError = true, maximumRetryAttempts = 5,",
            "            maximumRecordAgeSeconds = 600, parallelizationFactor = 2, onFailure = \"failed\")",
            "    public void changes(Change<Row> change) {}",
            "",
            "    @OnStream(table = \"history\", images = OnStream.Images.NEW)",
            "    public void historyChanges(Change<Row> change) {}",
            "",
            "    @OnHttp(method = OnHttp.Method.POST, path = \"/jobs/{jobId}/runs\", api = OnHttp.Api.REST,",
            "            auth = OnHttp.Auth.IAM, cors = @OnHttp.Cors(origins = \"https://app.example.com\",",
            "            headers = {\"Content-Type\", \"X-Tenant\"}, maxAgeSeconds = 600, credentials = true))",
            "    public void startRun(String jobId, @Query(\"dry-run\") java.util.Optional<Boolean> dryRun,",
            "            @Header(\"X-Tenant\") String tenant, Job job) {}",
            "",
            "    @OnHttp(method = OnHttp.Method.GET, path = \"/jobs/{jobId}\", auth = OnHttp.Auth.JWT,",
            "            authorizer = \"cognito\", scopes = {\"jobs/read\", \"jobs/admin\"}, status = 203)",
            "    public Job job(String jobId) { return new Job(jobId); }",
            "",
            "    @OnHttp(method = OnHttp.Method.ANY, path = \"/{proxy+}\", api = OnHttp.Api.FUNCTION_URL,",
            "            auth = OnHttp.Auth.IAM, cors = @OnHttp.Cors(origins = \"https://app.example.com\"))",
            "    @Function(timeoutSeconds = 120)",
            "    public String files(String proxy) { return proxy; }",
            "",
            "    @OnHttp(method = OnHttp.Method.ANY, path = \"/{proxy+}\", api = OnHttp.Api.FUNCTION_URL)",
            "    public String open(String proxy) { return proxy; }",
            "",
            "    @OnSns(topic = \"settled\", filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY,",
            "            filterPolicy = \"{\\\"$or\\\": [{\\\"id\\\": [{\\\"prefix\\\": \\\"job-\\\"}]}, "
                    + "{\\\"id\\\": [{\\\"suffix\\\": \\\"-retry\\\"}]}]}\",",
            "            deadLetterQueue = \"failed\", maximumRetryAttempts = 1, onFailure = \"failed\",",
            "            failOnUnknownProperties = true)",
            "    public void settled(Job job, dev.sluice.runtime.SnsMessage meta) {}",
            "",
            "    @OnSns(topicArn = \"arn:aws:sns:eu-central-1:123456789012:partner\",",
            "            filterPolicy = \"{\\\"kind\\\": [\\\"job\\\", {\\\"anything-but\\\": \\\"test\\\"}]}\")",
            "    public void partner(String message) {}",
            "",
            "    @OnEvent(bus = \"orders\", source = {\"shop.jobs\", \"shop.retries\"}, detailType = \"JobQueued\",",
            "            detail = \"{\\\"id\\\": [{\\\"prefix\\\": \\\"job-\\\"}]}\", deliveryRetryAttempts = 3,",
            "            maximumEventAgeSeconds = 600, deadLetterQueue = \"undelivered\", maximumRetryAttempts = 0,",
            "            onFailure = \"failed\", failOnUnknownProperties = true)",
            "    @UsesEventBus(\"partner-bus\")",
            "    @UsesEventBus(\"orders\")",
            "    public void queued(Job job, dev.sluice.runtime.EventBridgeEvent event) {}",
            "",
            "    @OnEvent(bus = \"partner-bus\", pattern = \"{\\\"source\\\": [{\\\"prefix\\\": \\\"partner.\\\"}], "
                    + "\\\"account\\\": [{\\\"anything-but\\\": \\\"123456789012\\\"}]}\")",
            "    public void partnerEvents(dev.sluice.runtime.EventBridgeEvent event) {}",
            "",
            "    @OnKinesis(stream = \"clicks\", startingPosition = OnKinesis.StartingPosition.AT_TIMESTAMP,",
            "            startingPositionTimestamp = \"2026-12-01T00:00:00Z\", batchSize = 250, maxBatchingWindowSeconds = 3,",
            "            bisectOnError = true, maximumRetryAttempts = 4, maximumRecordAgeSeconds = 7200,",
            "            parallelizationFactor = 3, onFailure = \"failed\", enhancedFanOut = true,",
            "            filter = \"{\\\"id\\\": [{\\\"prefix\\\": \\\"job-\\\"}]}\", failOnUnknownProperties = true)",
            "    @UsesKinesisStream(\"clicks\")",
            "    @UsesKinesisStream(\"partner-clicks\")",
            "    public void clicks(Job job, dev.sluice.runtime.KinesisRecord record) {}",
            "",
            "    @OnKinesis(streamArn = \"arn:aws:kinesis:eu-central-1:123456789012:stream/partner-clicks\")",
            "    public void partnerClicks(java.util.List<Job> jobs) {}",
            "}");

    @Test
    void everyAttributePipeline(TestInfo test) {
        Compilation compilation = Compiler.compile(EVERY);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertResource(compilation, "serverless.yml", test);
    }

    /** Adding an attribute to an annotation without setting it here fails this test. */
    @Test
    void thePipelineSetsEveryAttributeOfEveryAnnotation() throws Exception {
        Set<String> attributes = new TreeSet<>();
        for (Class<?> annotation : annotationTypes()) {
            for (Method method : annotation.getDeclaredMethods()) {
                attributes.add(annotation.getName().substring(annotation.getPackageName().length() + 1)
                        .replace('$', '.') + "." + method.getName());
            }
        }
        SetAttributes collector = new SetAttributes();
        Compilation compilation = javac().withProcessors(new dev.sluice.processor.SluiceProcessor(), collector)
                .compile(EVERY);
        assertThat(compilation).succeeded();
        attributes.removeAll(collector.set);
        assertWithMessage("attributes EveryAttributeTest.EVERY does not set").that(attributes).isEmpty();
    }

    /** Every annotation type of dev.sluice.annotations, nested ones included, from its jar or class folder. */
    static List<Class<?>> annotationTypes() throws Exception {
        Path location = codeSource();
        List<String> classFiles;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                classFiles = files.map(f -> location.relativize(f).toString().replace(File.separatorChar, '/'))
                        .filter(name -> name.endsWith(".class")).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                List<String> names = new java.util.ArrayList<>();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    names.add(entries.nextElement().getName());
                }
                classFiles = names.stream().filter(name -> name.endsWith(".class")).toList();
            }
        }
        List<Class<?>> types = new java.util.ArrayList<>();
        for (String file : classFiles) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (name.startsWith("dev.sluice.annotations.")) {
                Class<?> type = Class.forName(name);
                if (type.isAnnotation()) {
                    types.add(type);
                }
            }
        }
        assertWithMessage("annotation types found").that(types.size()).isAtLeast(15);
        return types;
    }

    private static Path codeSource() throws URISyntaxException {
        return Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * Records, for every Sluice annotation in the sources, the attributes written explicitly; a repeated
     * annotation arrives in its container ({@code UsesTable.List}) and is recorded with it.
     */
    private static final class SetAttributes extends AbstractProcessor {
        final Set<String> set = new TreeSet<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            round.getRootElements().forEach(this::visit);
            return false;
        }

        private void visit(Element element) {
            element.getAnnotationMirrors().forEach(this::record);
            element.getEnclosedElements().forEach(this::visit);
            if (element instanceof javax.lang.model.element.ExecutableElement method) {
                // Parameters are not enclosed elements: @Query, @Header.
                method.getParameters().forEach(this::visit);
            }
        }

        private void record(AnnotationMirror mirror) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            String name = type.getQualifiedName().toString();
            if (!name.startsWith("dev.sluice.annotations.")) {
                return;
            }
            for (var entry : mirror.getElementValues().entrySet()) {
                set.add(name.substring("dev.sluice.annotations.".length()) + "."
                        + entry.getKey().getSimpleName());
                recordValue(entry.getValue());
            }
        }

        private void recordValue(AnnotationValue value) {
            Object held = value.getValue();
            if (held instanceof AnnotationMirror nested) {
                record(nested);
            } else if (held instanceof List<?> list) {
                for (Object item : list) {
                    recordValue((AnnotationValue) item);
                }
            }
        }
    }
}
