package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * A run with a topic and a subscribed function: what is published through the SDK reaches the function's JVM as the
 * SNS event, only when the subscription's filter policy matches, and the run is idle once it has been handled.
 */
class LocalRunSnsTest {

    @TempDir
    Path work;

    @Test
    void aPublishedMessageReachesItsMatchingSubscriber() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes/sluice")).getParent();
        Path recording = work.resolve("calls.txt");
        Files.writeString(classes.resolve("sluice/pipeline.json"), """
                {"service": "shop", "stage": "local", "region": "eu-west-1", "javaToolOptions": "",
                 "functions": [{"name": "announce", "handler": "dev.sluice.maven.fixtures.RecordingHandler::handleRequest",
                   "memoryMb": 256, "timeoutSeconds": 10, "summary": "", "environment": {"RECORDING": "%s"},
                   "resources": [], "trigger": {"kind": "sns", "topic": "settled",
                   "filterPolicy": "{\\"currency\\":[\\"EUR\\"]}", "filterPolicyScope": "MessageAttributes"}}],
                 "queues": [], "tables": [], "buckets": [],
                 "topics": [{"name": "settled", "localName": "shop-local-settled", "fifo": false}]}
                """.formatted(recording.toString().replace("\\", "\\\\")), StandardCharsets.UTF_8);
        Path classpath = Files.write(work.resolve("classpath.txt"),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        LocalRun.Options options = LocalRun.Options.parse(new String[] {"--classes", classes.toString(),
                "--classpath-file", classpath.toString(), "--work", work.resolve("run").toString(), "--port", "0",
                "--seed", work.resolve("none").toString()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LocalRun run = new LocalRun(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            run.start();
            String endpoint = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  SNS on "))
                    .findFirst().orElseThrow().split(" ")[4];
            try (SnsClient client = SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(URI.create(endpoint)).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .build()) {
                String arn = LocalSns.arn("eu-west-1", "shop-local-settled");
                for (String currency : new String[] {"USD", "EUR"}) {
                    client.publish(request -> request.topicArn(arn).message("paid in " + currency)
                            .messageAttributes(Map.of("currency", MessageAttributeValue.builder().dataType("String")
                                    .stringValue(currency).build())));
                }
            }
            QueuePollerTest.await(() -> run.inFlight().isEmpty() && Files.exists(recording));
        }
        // Only the EUR message matched the policy {"currency": ["EUR"]}.
        assertThat(Files.readAllLines(recording)).containsExactly("paid in EUR ok paid in EUR");
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("sns:settled → announce: message ");
        assertThat(log).contains("→ filtered out by the subscription's filter policy");
        assertThat(log).contains("→ ok");
    }
}
