package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A run with a Kinesis stream: records put through the SDK reach the function in order, Lambda's filter on the
 * record's metadata drops what it does not match, a failing record is the checkpoint, and once the retries run out
 * the rest of the batch is discarded and described ({@code KinesisBatchInfo}) to the on-failure queue.
 */
class LocalRunKinesisTest {

    @TempDir
    Path work;

    @Test
    void putRecordsReachTheFunctionInOrderWithLambdasCheckpoints() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes/sluice")).getParent();
        Path recording = work.resolve("calls.txt");
        Files.writeString(classes.resolve("sluice/pipeline.json"), """
                {"service": "shop", "stage": "local", "region": "eu-west-1", "javaToolOptions": "",
                 "functions": [{"name": "clicks", "handler": "dev.sluice.maven.fixtures.RecordingHandler::handleRequest",
                   "memoryMb": 256, "timeoutSeconds": 10, "summary": "", "environment": {"RECORDING": "%s", "FIFO": "true"},
                   "resources": [], "trigger": {"kind": "kinesis", "stream": "clicks", "streamArn": null,
                   "startingPosition": "TRIM_HORIZON", "batchSize": 10, "maxBatchingWindowSeconds": 1,
                   "bisectOnError": false, "maximumRetryAttempts": 1, "maximumRecordAgeSeconds": null,
                   "parallelizationFactor": 1, "onFailure": "dropped",
                   "filter": "{\\"partitionKey\\":[{\\"anything-but\\":\\"skip\\"}]}"}}],
                 "queues": [{"name": "dropped", "localName": "shop-local-dropped", "fifo": false}],
                 "tables": [], "buckets": [], "topics": [],
                 "kinesisStreams": [{"name": "clicks", "localName": "shop-local-clicks", "shards": 0}]}
                """.formatted(recording.toString().replace("\\", "\\\\")), StandardCharsets.UTF_8);
        Path classpath = Files.write(work.resolve("classpath.txt"),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        LocalRun.Options options = LocalRun.Options.parse(new String[] {"--classes", classes.toString(),
                "--classpath-file", classpath.toString(), "--work", work.resolve("run").toString(), "--port", "0",
                "--seed", work.resolve("none").toString()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PutRecordsResponse put;
        String failure;
        System.setProperty("aws.cborEnabled", "false"); // as sluice:run's functions run (CBOR_ENABLED=false)
        try (LocalRun run = new LocalRun(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            run.start();
            String log = out.toString(StandardCharsets.UTF_8);
            try (KinesisClient kinesis = KinesisClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(URI.create(endpoint(log, "KINESIS"))).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .build()) {
                String arn = LocalKinesis.arn("eu-west-1", "shop-local-clicks");
                put = kinesis.putRecords(request -> request.streamARN(arn).records(
                        entry("k", "a"), entry("skip", "filtered"), entry("k", "poison"), entry("k", "b")));
            }
            QueuePollerTest.await(() -> run.inFlight().isEmpty() && Files.exists(recording));
            try (SqsClient sqs = LocalSqs.client(endpoint(log, "SQS"), "eu-west-1")) {
                String url = sqs.getQueueUrl(r -> r.queueName("shop-local-dropped")).queueUrl();
                failure = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(5)).messages().get(0).body();
            }
        } finally {
            System.clearProperty("aws.cborEnabled");
        }
        assertThat(put.failedRecordCount()).isEqualTo(0);
        List<String> sequenceNumbers = put.records().stream().map(r -> r.sequenceNumber()).toList();
        assertThat(sequenceNumbers).isInOrder();
        // The filter dropped "filtered"; "a" was done at the checkpoint; "poison" and "b" were retried once, then
        // discarded together, as Lambda discards the rest of a batch whose retries ran out.
        assertThat(Files.readAllLines(recording)).containsExactly("a,poison,b ok a", "poison,b ok ").inOrder();
        JsonNode info = new ObjectMapper().readTree(failure).path("KinesisBatchInfo");
        assertThat(info.path("startSequenceNumber").asText()).isEqualTo(sequenceNumbers.get(2));
        assertThat(info.path("endSequenceNumber").asText()).isEqualTo(sequenceNumbers.get(3));
        assertThat(info.path("streamArn").asText()).endsWith(":stream/shop-local-clicks");
        assertThat(new ObjectMapper().readTree(failure).path("requestContext").path("condition").asText())
                .isEqualTo("RetryAttemptsExhausted");
    }

    private static PutRecordsRequestEntry entry(String partitionKey, String data) {
        return PutRecordsRequestEntry.builder().partitionKey(partitionKey)
                .data(SdkBytes.fromString(data, StandardCharsets.UTF_8)).build();
    }

    private static String endpoint(String log, String service) {
        return log.lines().filter(l -> l.startsWith("  " + service + " on ")).findFirst().orElseThrow().split(" ")[4];
    }
}
