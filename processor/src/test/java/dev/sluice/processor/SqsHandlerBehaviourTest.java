package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import dev.sluice.local.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs generated SQS handlers: the test pipeline below is compiled with the processor, its handlers are loaded
 * and invoked with the bytes of AWS-shaped events, as Lambda invokes a stream handler, and the batch responses
 * are checked.
 */
class SqsHandlerBehaviourTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static CompiledClasses classes;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeAll
    static void compilePipeline() {
        Compilation compilation = compileWithPipeline(
                source("Order", "public record Order(String id, int quantity) {}"),
                source("Orders",
                        "public class Orders {",
                        "    @OnSqs(queue = \"orders\")",
                        "    @Function(timeoutSeconds = 10, timeoutMarginMillis = 2000)",
                        "    public void ship(Order order) {",
                        "        if (order.id().equals(\"o-reject\")) {",
                        "            throw new IllegalStateException(\"warehouse rejected \" + order.id());",
                        "        }",
                        "        if (order.id().equals(\"o-fatal\")) {",
                        "            throw new AssertionError(\"invariant broken\");",
                        "        }",
                        "        dev.sluice.processor.Recorder.record(order.id());",
                        "    }",
                        "}"),
                source("PrimedOrders",
                        "public class PrimedOrders {",
                        "    @OnSqs(queue = \"orders-primed\")",
                        "    @Function(snapStart = Function.SnapStart.ENABLED)",
                        "    public void shipPrimed(Order order) {",
                        "        dev.sluice.processor.Recorder.record(order.id());",
                        "    }",
                        "}"),
                source("StrictOrders",
                        "public class StrictOrders {",
                        "    @OnSqs(queue = \"orders-strict\", failOnUnknownProperties = true)",
                        "    public void shipStrictly(Order order) {",
                        "        dev.sluice.processor.Recorder.record(order.id());",
                        "    }",
                        "}"),
                source("FifoOrders",
                        "public class FifoOrders {",
                        "    @OnSqs(queue = \"orders.fifo\")",
                        "    public void shipInOrder(Order order, SqsMessage meta) {",
                        "        if (order.id().endsWith(\"-fail\")) {",
                        "            throw new IllegalStateException(\"cannot ship \" + order.id());",
                        "        }",
                        "        dev.sluice.processor.Recorder.record(meta.messageGroupId() + \":\" + order.id());",
                        "    }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void resetRecorder() {
        Recorder.reset(() -> { });
    }

    @Test
    void malformedBodyFailsOnlyItsOwnMessage() throws Exception {
        JsonNode event = fixture("events/sqs-standard-batch.json"); // msg-03 is truncated JSON

        List<String> response = invoke("test.Orders_shipHandler", event, context(30));

        assertThat(response).containsExactly("msg-03");
        assertThat(Recorder.calls()).hasSize(9);
        assertThat(Recorder.calls()).doesNotContain("o-3");
        assertThat(log()).contains("\"messageId\":\"msg-03\"");
        assertThat(log()).contains("\"errorType\":\"dev.sluice.runtime.PayloadException\"");
    }

    @Test
    void exceptionFromUserCodeFailsOnlyItsOwnMessage() throws Exception {
        JsonNode event = validStandardBatch();
        setBody(event, 7, "{\"id\":\"o-reject\",\"quantity\":1}");

        List<String> response = invoke("test.Orders_shipHandler", event, context(30));

        assertThat(response).containsExactly("msg-07");
        assertThat(Recorder.calls()).hasSize(9);
        assertThat(log()).contains("\"errorMessage\":\"warehouse rejected o-reject\"");
    }

    @Test
    void successfulBatchReportsNothing() throws Exception {
        JsonNode event = validStandardBatch();

        List<String> response = invoke("test.Orders_shipHandler", event, context(30));

        assertThat(response).isEmpty();
        assertThat(Recorder.calls()).hasSize(10);
        assertThat(log()).isEmpty();
    }

    /** A producer adds a field: by default every message is still processed, none goes to the DLQ. */
    @Test
    void propertiesThePayloadDoesNotDeclareAreIgnoredByDefault() throws Exception {
        JsonNode event = validStandardBatch();
        setBody(event, 2, "{\"id\":\"o-2\",\"quantity\":1,\"giftWrap\":{\"paper\":\"red\",\"tags\":[1,2]}}");
        setBody(event, 5, "{\"channel\":\"web\",\"id\":\"o-5\",\"quantity\":2}");

        List<String> response = invoke("test.Orders_shipHandler", event, context(30));

        assertThat(response).isEmpty();
        assertThat(Recorder.calls()).hasSize(10);
    }

    /** failOnUnknownProperties = true: databind's default, message by message. */
    @Test
    void strictConsumersFailOnlyTheMessagesWithUndeclaredProperties() throws Exception {
        JsonNode event = validStandardBatch();
        setBody(event, 2, "{\"id\":\"o-2\",\"quantity\":1,\"giftWrap\":true}");

        List<String> response = invoke("test.StrictOrders_shipStrictlyHandler", event, context(30));

        assertThat(response).containsExactly("msg-02");
        assertThat(Recorder.calls()).hasSize(9);
        assertThat(log()).contains("unknown property 'giftWrap'");
    }

    @Test
    void fifoGroupStopsAtItsFirstFailureWhileOtherGroupsGoOn() throws Exception {
        // Groups A and B interleaved: A:a1 B:b1 A:a2-fail B:b2 A:a3 B:b3 A:a4
        JsonNode event = fixture("events/sqs-fifo-two-groups.json");

        List<String> response = invoke("test.FifoOrders_shipInOrderHandler", event, context(30));

        assertThat(response).containsExactly("msg-02", "msg-04", "msg-06").inOrder();
        assertThat(Recorder.calls()).containsExactly("A:a1", "B:b1", "B:b2", "B:b3").inOrder();
    }

    @Test
    void timeoutGuardReportsEveryUnstartedMessage() throws Exception {
        JsonNode event = validStandardBatch();
        Recorder.reset(() -> clock.advance(Duration.ofSeconds(3)));

        // 10 s timeout, 2 s margin, 3 s per message: after three messages only 1 s is left.
        List<String> response = invoke("test.Orders_shipHandler", event, context(10));

        assertThat(Recorder.calls()).containsExactly("o-0", "o-1", "o-2").inOrder();
        assertThat(response)
                .containsExactly("msg-03", "msg-04", "msg-05", "msg-06", "msg-07", "msg-08", "msg-09").inOrder();
        assertThat(log()).contains("about to time out");
    }

    @Test
    void anErrorFailsTheWholeInvocationSoNothingIsLost() throws Exception {
        JsonNode event = validStandardBatch();
        setBody(event, 4, "{\"id\":\"o-fatal\",\"quantity\":1}");

        // No partial response: Lambda retries the whole batch, and no message is deleted unprocessed.
        assertThrows(AssertionError.class, () -> invoke("test.Orders_shipHandler", event, context(30)));
    }

    @Test
    void snapStartPrimingRunsTheDecodePathWithoutCallingUserCode() throws Exception {
        Object handler = classes.newInstance("test.PrimedOrders_shipPrimedHandler", Object.class);
        assertThat(handler).isInstanceOf(org.crac.Resource.class);

        ((org.crac.Resource) handler).beforeCheckpoint(null);

        assertThat(Recorder.calls()).isEmpty();
        // And the primed handler still works.
        assertThat(invoke("test.PrimedOrders_shipPrimedHandler", validStandardBatch(), context(30))).isEmpty();
        assertThat(Recorder.calls()).hasSize(10);
    }

    @Test
    void emptyEventReportsNothing() throws Exception {
        List<String> response = invoke("test.Orders_shipHandler", new ObjectMapper().readTree("{}"), context(30));

        assertThat(response).isEmpty();
    }

    /** Invokes a handler as Lambda does (event bytes in, response bytes out) and returns the failed ids. */
    private static List<String> invoke(String handler, JsonNode event, Context context) throws Exception {
        RequestStreamHandler instance = classes.newInstance(handler, RequestStreamHandler.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        instance.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(event)), out, context);
        List<String> ids = new ArrayList<>();
        MAPPER.readTree(out.toByteArray()).get("batchItemFailures")
                .forEach(item -> ids.add(item.get("itemIdentifier").asText()));
        return ids;
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = SqsHandlerBehaviourTest.class.getClassLoader().getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        }
    }

    private static void setBody(JsonNode event, int index, String body) {
        ((ObjectNode) event.get("Records").get(index)).put("body", body);
    }

    private Context context(int timeoutSeconds) {
        return new LocalContext("ship", 512, timeoutSeconds, new PrintStream(log, true, StandardCharsets.UTF_8), clock);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The standard fixture with message 3 repaired, so that every body decodes. */
    private static JsonNode validStandardBatch() throws IOException {
        JsonNode event = fixture("events/sqs-standard-batch.json");
        setBody(event, 3, "{\"id\":\"o-3\",\"quantity\":4}");
        return event;
    }
}
