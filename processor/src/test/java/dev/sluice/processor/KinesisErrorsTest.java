package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** One compile test per {@code @OnKinesis} and {@code @KinesisStream} diagnostic, and what a valid one generates. */
class KinesisErrorsTest {

    private static final JavaFileObject PIPELINE = source("KinesisPipeline",
            "@Pipeline(service = \"clicks\", region = \"eu-west-1\", queues = @Queue(name = \"dropped\"),",
            "        kinesisStreams = {@KinesisStream(name = \"clicks\"),",
            "            @KinesisStream(name = \"orders\", shards = 4, retentionHours = 168),",
            "            @KinesisStream(name = \"partner\", arn = \"arn:aws:kinesis:eu-west-1:123456789012:stream/partner\")})",
            "public class KinesisPipeline {}");

    private static final List<String> HEAD = List.of(
            "import dev.sluice.runtime.KinesisRecord;",
            "import java.util.List;",
            "public class Listener {",
            "    public record Click(String userId, String page, String type, long ms) {}");

    private static JavaFileObject listener(String... members) {
        return Compiler.listener(HEAD, members);
    }

    private static Compilation compileListener(JavaFileObject file) {
        return compile(file, PIPELINE);
    }

    @Test
    void everyShapeAndSettingCompilesWithoutWarnings() throws IOException {
        Compilation compilation = compileListener(listener(
                "    @OnKinesis(stream = \"clicks\", startingPosition = OnKinesis.StartingPosition.AT_TIMESTAMP,",
                "            startingPositionTimestamp = \"2026-12-01T00:00:00Z\", batchSize = 500,",
                "            maxBatchingWindowSeconds = 5, bisectOnError = true, maximumRetryAttempts = 3,",
                "            maximumRecordAgeSeconds = 3600, parallelizationFactor = 4, onFailure = \"dropped\",",
                "            enhancedFanOut = true, filter = \"{\\\"type\\\": [\\\"click\\\"], \\\"ms\\\": "
                        + "[{\\\"numeric\\\": [\\\">\\\", 500]}]}\", failOnUnknownProperties = true)",
                "    public void slowClicks(Click click, KinesisRecord record) {}",
                "",
                "    @OnKinesis(streamArn = \"arn:aws:kinesis:eu-west-1:123456789012:stream/partner\")",
                "    public void partner(String data) {}",
                "",
                "    @OnKinesis(stream = \"orders\", startingPosition = OnKinesis.StartingPosition.TRIM_HORIZON)",
                "    @UsesKinesisStream(\"clicks\")",
                "    public void batches(List<Click> clicks) {}",
                "",
                "    @OnKinesis(stream = \"partner\")",
                "    public void texts(List<String> data) {}",
                "",
                "    @OnKinesis(stream = \"clicks\")",
                "    public void raw(String data, KinesisRecord record) {}"));

        assertThat(compilation).succeededWithoutWarnings();
        String yaml = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "serverless.yml").orElseThrow()
                .getCharContent(true).toString();
        assertThat(yaml).contains("""
                    SlowClicksKinesisEventSourceMapping:
                      Type: AWS::Lambda::EventSourceMapping
                      DependsOn: SlowClicksIamRole
                      Properties:
                        FunctionName:
                          Fn::GetAtt: [SlowClicksLambdaFunction, Arn]
                        EventSourceArn:
                          Fn::GetAtt: [SlowClicksKinesisConsumer, ConsumerARN]
                        StartingPosition: AT_TIMESTAMP
                        StartingPositionTimestamp: 1796083200
                        BatchSize: 500
                        MaximumBatchingWindowInSeconds: 5
                        ParallelizationFactor: 4
                        BisectBatchOnFunctionError: true
                        MaximumRetryAttempts: 3
                        MaximumRecordAgeInSeconds: 3600
                        DestinationConfig:
                          OnFailure:
                            Destination:
                              Fn::GetAtt: [DroppedQueue, Arn]
                        FilterCriteria:
                          Filters: [{Pattern: '{"data":{"type":["click"],"ms":[{"numeric":[">",500]}]}}'}]
                        FunctionResponseTypes: [ReportBatchItemFailures]
                """);
        assertThat(yaml).contains("""
                    SlowClicksKinesisConsumer:
                      Type: AWS::Kinesis::StreamConsumer
                      Properties:
                        ConsumerName: ${self:service}-${sls:stage}-slowClicks
                        StreamARN:
                          Fn::GetAtt: [ClicksKinesisStream, Arn]
                """);
        assertThat(yaml).contains("""
                    OrdersKinesisStream:
                      Type: AWS::Kinesis::Stream
                      Properties:
                        Name: ${self:service}-${sls:stage}-orders
                        ShardCount: 4
                        StreamModeDetails:
                          StreamMode: PROVISIONED
                        RetentionPeriodHours: 168
                """);
        assertThat(yaml).contains("StreamMode: ON_DEMAND");
        assertThat(yaml).contains("Sid: SubscribeToClicksConsumer");
        assertThat(yaml).contains("Sid: PutRecordsOnClicksStream");
        String local = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/pipeline.json")
                .orElseThrow().getCharContent(true).toString();
        assertThat(local).contains("\"kind\": \"kinesis\"");
        assertThat(local).contains("\"variable\": \"SLUICE_KINESIS_STREAM_ARN_CLICKS\"");
    }

    @Test
    void anUnsupportedParameterList() {
        JavaFileObject file = listener("    @OnKinesis(stream = \"clicks\")",
                "    public void on(List<Click> clicks, KinesisRecord record) {}");
        assertSingleError(compileListener(file), Message.KINESIS_SHAPE, file, "public void on(");
    }

    @Test
    void neitherStreamNorArnAndABadArn() {
        JavaFileObject neither = listener("    @OnKinesis", "    public void on(String data) {}");
        assertSingleError(compileListener(neither), Message.KINESIS_STREAM_REFERENCE, neither, "@OnKinesis");
        JavaFileObject arn = listener("    @OnKinesis(streamArn = \"arn:aws:kinesis:eu-west-1:123:stream/x\")",
                "    public void on(String data) {}");
        assertSingleError(compileListener(arn), Message.KINESIS_STREAM_ARN, arn, "streamArn = ");
    }

    @Test
    void aStreamThePipelineDoesNotDeclare() {
        JavaFileObject file = listener("    @OnKinesis(stream = \"click\")", "    public void on(String data) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.KINESIS_STREAM_UNDECLARED, file, "stream = \"click\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"clicks\"?");
        JavaFileObject grant = listener("    @OnKinesis(stream = \"clicks\")", "    @UsesKinesisStream(\"ordres\")",
                "    public void on(String data) {}");
        assertSingleError(compileListener(grant), Message.GRANT_UNDECLARED, grant, "@UsesKinesisStream(\"ordres\")");
    }

    @Test
    void settingsOutsideLambdasLimits() {
        String[][] cases = {{"batchSize = 10001", "batchSize"}, {"maxBatchingWindowSeconds = 301", "maxBatching"},
                {"parallelizationFactor = 11", "parallelizationFactor"}, {"maximumRetryAttempts = 10001", "maximumRetry"},
                {"maximumRecordAgeSeconds = 59", "maximumRecordAge"}};
        for (String[] setting : cases) {
            JavaFileObject file = listener("    @OnKinesis(stream = \"clicks\", " + setting[0] + ")",
                    "    public void on(String data) {}");
            assertSingleError(compileListener(file), Message.KINESIS_RANGE, file, setting[1]);
        }
    }

    @Test
    void atTimestampAndItsTimestampGoTogether() {
        JavaFileObject missing = listener(
                "    @OnKinesis(stream = \"clicks\", startingPosition = OnKinesis.StartingPosition.AT_TIMESTAMP)",
                "    public void on(String data) {}");
        assertSingleError(compileListener(missing), Message.KINESIS_TIMESTAMP, missing, "AT_TIMESTAMP");
        JavaFileObject ignored = listener(
                "    @OnKinesis(stream = \"clicks\", startingPositionTimestamp = \"2026-12-01T00:00:00Z\")",
                "    public void on(String data) {}");
        assertSingleError(compileListener(ignored), Message.KINESIS_TIMESTAMP, ignored, "startingPositionTimestamp");
        JavaFileObject malformed = listener(
                "    @OnKinesis(stream = \"clicks\", startingPosition = OnKinesis.StartingPosition.AT_TIMESTAMP,",
                "            startingPositionTimestamp = \"yesterday\")",
                "    public void on(String data) {}");
        assertSingleError(compileListener(malformed), Message.KINESIS_TIMESTAMP, malformed, "yesterday");
    }

    @Test
    void filtersAreCheckedAgainstTheGrammarAndTheRecord() {
        JavaFileObject grammar = listener(
                "    @OnKinesis(stream = \"clicks\", filter = \"{\\\"type\\\": \\\"click\\\"}\")",
                "    public void on(Click click) {}");
        assertSingleError(compileListener(grammar), Message.KINESIS_FILTER, grammar, "filter = ");
        JavaFileObject field = listener(
                "    @OnKinesis(stream = \"clicks\", filter = \"{\\\"typ\\\": [\\\"click\\\"]}\")",
                "    public void on(Click click) {}");
        Compilation compilation = compileListener(field);
        assertSingleError(compilation, Message.KINESIS_FILTER_FIELD, field, "filter = ");
        assertThat(compilation).hadErrorContaining("Did you mean \"type\"?");
    }

    @Test
    void declaredStreamsAreChecked() {
        JavaFileObject name = source("P", "@Pipeline(service = \"s\", kinesisStreams = @KinesisStream(name = \"a b\"))",
                "public class P {}");
        assertSingleError(compile(name), Message.KINESIS_STREAM_NAME, name, "@KinesisStream(name = \"a b\")");
        JavaFileObject twice = source("P", "@Pipeline(service = \"s\", kinesisStreams = {",
                "        @KinesisStream(name = \"clicks\"),",
                "        @KinesisStream(name = \"clicks\", shards = 2)})",
                "public class P {}");
        assertSingleError(compile(twice), Message.KINESIS_STREAM_DUPLICATE, twice, "shards = 2");
        JavaFileObject arn = source("P", "@Pipeline(service = \"s\", kinesisStreams =",
                "        @KinesisStream(name = \"clicks\", arn = \"arn:aws:kinesis:eu-west-1:123456789012:stream/views\"))",
                "public class P {}");
        assertSingleError(compile(arn), Message.KINESIS_STREAM_DECLARED_ARN, arn, "arn = ");
        JavaFileObject capacity = source("P", "@Pipeline(service = \"s\", kinesisStreams =",
                "        @KinesisStream(name = \"clicks\", retentionHours = 12))",
                "public class P {}");
        assertSingleError(compile(capacity), Message.KINESIS_STREAM_CAPACITY, capacity, "retentionHours = 12");
        JavaFileObject shards = source("P", "@Pipeline(service = \"s\", kinesisStreams =",
                "        @KinesisStream(name = \"clicks\", shards = -1))",
                "public class P {}");
        assertSingleError(compile(shards), Message.KINESIS_STREAM_CAPACITY, shards, "shards = -1");
    }
}
