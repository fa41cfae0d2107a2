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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * A run with EventBridge rules: events put through the SDK reach the function whose rule on that bus matches them,
 * as EventBridge's event (detail, detail-type), entries EventBridge refuses fail alone, and other buses' rules never
 * see an event.
 */
class LocalRunEventsTest {

    @TempDir
    Path work;

    @Test
    void putEventsReachTheFunctionsWhoseRulesMatch() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes/sluice")).getParent();
        Path large = work.resolve("large.txt");
        Path partner = work.resolve("partner.txt");
        Files.writeString(classes.resolve("sluice/pipeline.json"), """
                {"service": "shop", "stage": "local", "region": "eu-west-1", "javaToolOptions": "",
                 "functions": [
                   {"name": "large", "handler": "dev.sluice.maven.fixtures.RecordingHandler::handleRequest",
                    "memoryMb": 256, "timeoutSeconds": 10, "summary": "", "environment": {"RECORDING": "%s"},
                    "resources": [], "trigger": {"kind": "event", "bus": "default",
                    "pattern": "{\\"source\\":[\\"shop.payments\\"],\\"detail\\":{\\"net\\":[{\\"numeric\\":[\\">=\\",100]}]}}"}},
                   {"name": "partner", "handler": "dev.sluice.maven.fixtures.RecordingHandler::handleRequest",
                    "memoryMb": 256, "timeoutSeconds": 10, "summary": "", "environment": {"RECORDING": "%s"},
                    "resources": [], "trigger": {"kind": "event", "bus": "partner",
                    "pattern": "{\\"source\\":[{\\"prefix\\":\\"shop.\\"}]}"}}],
                 "queues": [], "tables": [], "buckets": [], "topics": [],
                 "eventBuses": [{"name": "default", "localName": "default"},
                                {"name": "partner", "localName": "shop-local-partner"}]}
                """.formatted(escape(large), escape(partner)), StandardCharsets.UTF_8);
        Path classpath = Files.write(work.resolve("classpath.txt"),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        LocalRun.Options options = LocalRun.Options.parse(new String[] {"--classes", classes.toString(),
                "--classpath-file", classpath.toString(), "--work", work.resolve("run").toString(), "--port", "0",
                "--seed", work.resolve("none").toString()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PutEventsResponse response;
        try (LocalRun run = new LocalRun(options, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            run.start();
            String endpoint = out.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("  EVENTBRIDGE on ")).findFirst().orElseThrow().split(" ")[4];
            try (EventBridgeClient client = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(URI.create(endpoint)).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .build()) {
                response = client.putEvents(request -> request.entries(
                        entry -> entry.source("shop.payments").detailType("PaymentSettled")
                                .detail("{\"net\": 40, \"v\": \"small\"}"),
                        entry -> entry.source("shop.payments").detailType("PaymentSettled")
                                .detail("{\"net\": 250, \"v\": \"large\"}"),
                        entry -> entry.source("shop.payments").detailType("Broken").detail("not json"),
                        entry -> entry.eventBusName("shop-local-partner").source("shop.partner")
                                .detailType("PartnerPaid").detail("{\"v\": \"partner\"}"),
                        entry -> entry.eventBusName("nowhere").source("s").detailType("t").detail("{}")));
            }
            QueuePollerTest.await(() -> run.inFlight().isEmpty() && Files.exists(large) && Files.exists(partner));
        }
        assertThat(response.failedEntryCount()).isEqualTo(2);
        assertThat(response.entries().get(2).errorCode()).isEqualTo("MalformedDetail");
        assertThat(response.entries().get(4).errorCode()).isEqualTo("NotFound");
        assertThat(response.entries().get(1).eventId()).isNotEmpty();
        // Only the net >= 100 event matched the default bus's rule; the partner bus's rule saw only its own event.
        assertThat(Files.readAllLines(large)).containsExactly("PaymentSettled:large ok PaymentSettled:large");
        assertThat(Files.readAllLines(partner)).containsExactly("PartnerPaid:partner ok PartnerPaid:partner");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("matched no rule");
    }

    private static String escape(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
