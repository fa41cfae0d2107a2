package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.local.LocalContext;
import dev.sluice.local.LocalInvoker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example's generated processPayment handler, invoked the way AWS's Java runtime invokes it: by its
 * handler string, with the event as bytes that aws-lambda-java-serialization decodes, and the response encoded
 * back to JSON by the same library.
 */
class ExampleHandlerIT {

    private static final String HANDLER = "dev.sluice.examples.payments.Payments_processPaymentHandler::handleRequest";
    private static final Path ROOT = Path.of(System.getProperty("sluice.root", ".."));

    @Test
    void sampleBatchReportsTheMalformedAndTheRejectedPaymentOnly() throws Exception {
        byte[] event = Files.readAllBytes(ROOT.resolve("example-pipelines/events/payment-batch.json"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        LocalInvoker invoker = new LocalInvoker(HANDLER, getClass().getClassLoader());
        byte[] response = invoker.invoke(event,
                new LocalContext("processPayment", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8)));

        JsonNode json = new ObjectMapper().readTree(response);
        assertThat(json.fieldNames().next()).isEqualTo("batchItemFailures");
        List<String> failed = new ArrayList<>();
        json.get("batchItemFailures").forEach(item -> failed.add(item.get("itemIdentifier").asText()));
        // Message 4 is truncated JSON; message 6 pays in CHF, which the fee schedule does not accept.
        assertThat(failed).containsExactly("059f36b7-87a3-44ab-83d2-661975830a80", "059f36b9-87a3-44ab-83d2-661975830a82")
                .inOrder();
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"errorType\":\"dev.sluice.runtime.PayloadException\"");
        assertThat(logged).contains("currency CHF is not supported");
        assertThat(logged).doesNotContain("tok_"); // card tokens from bodies never reach the log
    }

    @Test
    void dailyReportRunsOnTheScheduledEvent() throws Exception {
        byte[] event = Files.readAllBytes(ROOT.resolve("example-pipelines/events/scheduled-event.json"));
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LocalInvoker invoker = new LocalInvoker(
                    "dev.sluice.examples.payments.Reports_dailyReportHandler::handleRequest", getClass().getClassLoader());
            invoker.invoke(event, new LocalContext("dailyReport", 512, 60,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        } finally {
            System.setOut(stdout);
        }
        // AWS's sample event fires at 2015-10-08T16:53:06Z: the report is of the 7th.
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"day\":\"2015-10-07\"");
    }

    @Test
    void auditLogFollowsTheUsersStreamInOrder() throws Exception {
        byte[] event = Files.readAllBytes(ROOT.resolve("example-pipelines/events/users-stream.json"));
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        byte[] response;
        try {
            LocalInvoker invoker = new LocalInvoker(
                    "dev.sluice.examples.payments.UserAudit_auditLogHandler::handleRequest", getClass().getClassLoader());
            response = invoker.invoke(event, new LocalContext("auditLog", 512, 30,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        } finally {
            System.setOut(stdout);
        }
        assertThat(new String(response, StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[]}");
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "{\"event\":\"user-insert\",\"userId\":\"u-1001\",\"fields\":[\"email\",\"name\",\"plan\"],\"sequenceNumber\":\"111\"}",
                "{\"event\":\"user-modify\",\"userId\":\"u-1001\",\"fields\":[\"name\",\"plan\"],\"sequenceNumber\":\"112\"}",
                "{\"event\":\"user-remove\",\"userId\":\"u-0999\",\"fields\":[\"email\",\"plan\"],\"sequenceNumber\":\"113\"}")
                .inOrder();
    }

    @Test
    void theHandlerIsReusedAcrossInvocationsLikeAWarmContainer() throws Exception {
        byte[] event = Files.readAllBytes(ROOT.resolve("example-pipelines/events/payment-batch.json"));
        LocalInvoker invoker = new LocalInvoker(HANDLER, getClass().getClassLoader());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        byte[] first = invoker.invoke(event, new LocalContext("processPayment", 512, 30, quiet));
        byte[] second = invoker.invoke(event, new LocalContext("processPayment", 512, 30, quiet));

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }
}
