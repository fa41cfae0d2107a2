package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

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

    /**
     * SNS → SQS: a queue subscribed with raw delivery and a body policy gets the matching messages as published,
     * attributes included; one subscribed without raw delivery gets SNS's envelope; a FIFO topic refuses a message
     * without a group id and delivers the group to its FIFO queue; a topic named only by a function's topicArn is
     * served under that ARN.
     */
    @Test
    void publishedMessagesReachSubscribedQueues() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes/sluice")).getParent();
        Path recording = work.resolve("calls.txt");
        Files.writeString(classes.resolve("sluice/pipeline.json"), """
                {"service": "shop", "stage": "local", "region": "eu-west-1", "javaToolOptions": "",
                 "functions": [{"name": "partner", "handler": "dev.sluice.maven.fixtures.RecordingHandler::handleRequest",
                   "memoryMb": 256, "timeoutSeconds": 10, "summary": "", "environment": {"RECORDING": "%s"},
                   "resources": [], "trigger": {"kind": "sns", "topic": null,
                   "topicArn": "arn:aws:sns:eu-west-1:123456789012:partner", "filterPolicyScope": "MessageAttributes"}}],
                 "queues": [{"name": "ledger", "localName": "shop-local-ledger", "fifo": false},
                            {"name": "archive", "localName": "shop-local-archive", "fifo": false},
                            {"name": "audit.fifo", "localName": "shop-local-audit.fifo", "fifo": true}],
                 "tables": [], "buckets": [],
                 "topics": [{"name": "settled", "localName": "shop-local-settled", "fifo": false, "queueSubscriptions": [
                     {"queue": "ledger", "rawMessageDelivery": true, "filterPolicy": "{\\"net\\":[{\\"numeric\\":[\\">=\\",100]}]}",
                      "filterPolicyScope": "MessageBody"},
                     {"queue": "archive", "rawMessageDelivery": false, "filterPolicy": null,
                      "filterPolicyScope": "MessageAttributes"}]},
                   {"name": "audit.fifo", "localName": "shop-local-audit.fifo", "fifo": true, "queueSubscriptions": [
                     {"queue": "audit.fifo", "rawMessageDelivery": true, "filterPolicy": null,
                      "filterPolicyScope": "MessageAttributes"}]}]}
                """.formatted(recording.toString().replace("\\", "\\\\")), StandardCharsets.UTF_8);
        Path classpath = Files.write(work.resolve("classpath.txt"),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        LocalRun.Options options = LocalRun.Options.parse(new String[] {"--classes", classes.toString(),
                "--classpath-file", classpath.toString(), "--work", work.resolve("run").toString(), "--port", "0",
                "--seed", work.resolve("none").toString()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LocalRun run = new LocalRun(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            run.start();
            String snsEndpoint = endpoint(out, "SNS");
            String sqsEndpoint = endpoint(out, "SQS");
            try (SnsClient sns = SnsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(URI.create(snsEndpoint)).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .build();
                    SqsClient sqs = LocalSqs.client(sqsEndpoint, "eu-west-1")) {
                String settled = LocalSns.arn("eu-west-1", "shop-local-settled");
                for (int net : new int[] {40, 250}) {
                    sns.publish(request -> request.topicArn(settled).message("{\"net\": " + net + "}")
                            .messageAttributes(Map.of("currency", MessageAttributeValue.builder().dataType("String")
                                    .stringValue("EUR").build())));
                }
                String audit = LocalSns.arn("eu-west-1", "shop-local-audit.fifo");
                SnsException refused = assertThrows(SnsException.class,
                        () -> sns.publish(request -> request.topicArn(audit).message("no group")));
                assertThat(refused.awsErrorDetails().errorMessage()).contains("MessageGroupId");
                sns.publish(request -> request.topicArn(audit).message("first").messageGroupId("p-1")
                        .messageDeduplicationId("d-1"));
                sns.publish(request -> request.topicArn("arn:aws:sns:eu-west-1:123456789012:partner")
                        .message("from the partner"));

                List<software.amazon.awssdk.services.sqs.model.Message> ledger = receive(sqs,
                        sqs.getQueueUrl(r -> r.queueName("shop-local-ledger")).queueUrl(), 1);
                assertThat(ledger.get(0).body()).isEqualTo("{\"net\": 250}");
                assertThat(ledger.get(0).messageAttributes().get("currency").stringValue()).isEqualTo("EUR");
                List<software.amazon.awssdk.services.sqs.model.Message> archive = receive(sqs,
                        sqs.getQueueUrl(r -> r.queueName("shop-local-archive")).queueUrl(), 2);
                List<JsonNode> envelopes = new java.util.ArrayList<>();
                for (var message : archive) {
                    envelopes.add(new ObjectMapper().readTree(message.body()));
                }
                assertThat(envelopes.stream().map(e -> e.path("Message").asText()).toList())
                        .containsExactly("{\"net\": 40}", "{\"net\": 250}");
                JsonNode envelope = envelopes.get(0);
                assertThat(envelope.path("Type").asText()).isEqualTo("Notification");
                assertThat(envelope.path("TopicArn").asText()).isEqualTo(settled);
                assertThat(envelope.path("MessageAttributes").path("currency").path("Value").asText())
                        .isEqualTo("EUR");
                assertThat(archive.get(0).messageAttributes()).isEmpty();
                List<software.amazon.awssdk.services.sqs.model.Message> fifo = receive(sqs,
                        sqs.getQueueUrl(r -> r.queueName("shop-local-audit.fifo")).queueUrl(), 1);
                assertThat(fifo.get(0).body()).isEqualTo("first");
                assertThat(fifo.get(0).attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                        .isEqualTo("p-1");
            }
            QueuePollerTest.await(() -> Files.exists(recording));
        }
        assertThat(Files.readAllLines(recording)).containsExactly("from the partner ok from the partner");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sns:settled → queue ledger: message ");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(" filtered out by the subscription's filter policy");
    }

    private static String endpoint(ByteArrayOutputStream out, String service) {
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  " + service + " on "))
                .findFirst().orElseThrow().split(" ")[4];
    }

    /** Exactly {@code count} messages from {@code url}, waiting up to a few seconds for them. */
    private static List<software.amazon.awssdk.services.sqs.model.Message> receive(SqsClient sqs, String url,
            int count) {
        List<software.amazon.awssdk.services.sqs.model.Message> messages = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (messages.size() < count && System.nanoTime() < deadline) {
            messages.addAll(sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages());
        }
        assertThat(messages).hasSize(count);
        return messages;
    }
}
