package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.event.ruler.Ruler;

/**
 * {@code @OnEvent} handlers: a golden, the compiled handlers invoked with the bytes of an EventBridge event in AWS's
 * documented shape, and their sample events, which the rules' own patterns must match (checked with Event Ruler).
 */
class EventHandlerTest {

    private static final JavaFileObject PIPELINE = source("EventPipeline",
            "@Pipeline(service = \"payments\", eventBuses = @EventBus(name = \"payments\"))",
            "public class EventPipeline {}");

    private static final JavaFileObject LISTENER = source("Listener",
            "import dev.sluice.runtime.EventBridgeEvent;",
            "public class Listener {",
            "    public record Line(String sku, int qty) {}",
            "    public record Settled(String paymentId, java.math.BigDecimal net, String note,",
            "            java.util.List<Line> lines) {}",
            "",
            "    @OnEvent(bus = \"payments\", source = \"shop.payments\", detailType = \"PaymentSettled\",",
            "            detail = \"{\\\"net\\\": [{\\\"numeric\\\": [\\\">=\\\", 100, \\\"<\\\", 1000]}],"
                    + " \\\"paymentId\\\": [{\\\"prefix\\\": \\\"p-\\\"}]}\")",
            "    public void large(Settled settled, EventBridgeEvent event) {",
            "        dev.sluice.processor.Recorder.record(settled + \" \" + event.source() + \" \" + event.time());",
            "    }",
            "",
            "    @OnEvent(pattern = \"{\\\"source\\\": [{\\\"anything-but\\\": \\\"shop.test\\\"}], \\\"$or\\\": ["
                    + "{\\\"detail-type\\\": [\\\"PaymentSettled\\\"]}, {\\\"detail\\\": {\\\"lines\\\": {\\\"sku\\\": "
                    + "[{\\\"wildcard\\\": \\\"a*\\\"}]}}}]}\")",
            "    public void lines(Settled settled) {",
            "        if (settled.note() != null && settled.note().contains(\"refuse\")) {",
            "            throw new IllegalStateException(\"refused \" + settled.paymentId());",
            "        }",
            "        dev.sluice.processor.Recorder.record(\"lines \" + settled.lines());",
            "    }",
            "",
            "    @OnEvent(source = \"shop.payments\")",
            "    public void raw(EventBridgeEvent event) {",
            "        dev.sluice.processor.Recorder.record(\"raw \" + event.detailType() + \" \" + event.detail());",
            "    }",
            "}");

    private static Compilation compilation;
    private static CompiledClasses classes;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void compileListener() {
        compilation = compile(LISTENER, PIPELINE);
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void detailAndEvent(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Listener_largeHandler", test);
    }

    @Test
    void theMethodGetsTheDecodedDetailAndTheEvent() throws Exception {
        invoke("test.Listener_largeHandler", fixture());
        invoke("test.Listener_rawHandler", fixture());

        assertThat(Recorder.calls()).containsExactly(
                "Settled[paymentId=p-1001, net=140.97, note=café \"quoted\", lines=[Line[sku=a, qty=2], "
                        + "Line[sku=b, qty=1]]] shop.payments 2026-11-30T12:45:07Z",
                "raw PaymentSettled {\"paymentId\":\"p-1001\",\"net\":140.97,\"note\":\"café \\\"quoted\\\"\","
                        + "\"lines\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":1}],\"refund\":null}");
    }

    @Test
    void anEventTheMethodRefusesFailsTheInvocationAndIsLoggedByIdOnly() throws Exception {
        byte[] event = new String(fixture(), StandardCharsets.UTF_8)
                .replace("café \\\"quoted\\\"", "refuse: card tok_4242").getBytes(StandardCharsets.UTF_8);
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> invoke("test.Listener_linesHandler", event));

        assertThat(thrown).hasCauseThat().hasMessageThat().isEqualTo("refused p-1001");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"eventId\":\"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa\"");
        assertThat(logged).doesNotContain("tok_4242");
    }

    @Test
    void aDetailThatIsNotTheRecordFailsTheInvocation() {
        byte[] event = "{\"id\":\"e-9\",\"detail\":{\"net\":\"lots\"}}".getBytes(StandardCharsets.UTF_8);
        assertThrows(RuntimeException.class, () -> invoke("test.Listener_largeHandler", event));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("\"eventId\":\"e-9\"");
    }

    @Test
    void sampleEventsMatchTheirRulesAndReachTheirMethods() throws Exception {
        JsonNode local = new ObjectMapper().readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "sluice/pipeline.json").orElseThrow().getCharContent(true).toString());
        for (JsonNode function : local.path("functions")) {
            String name = function.path("name").asText();
            String sample = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/events/" + name
                    + ".json").orElseThrow().getCharContent(true).toString();
            assertWithMessage("the sample event of %s matches its pattern", name)
                    .that(Ruler.matchesRule(sample, function.path("trigger").path("pattern").asText())).isTrue();
            invoke("test.Listener_" + name + "Handler", sample.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Recorder.calls()).hasSize(3);
    }

    private String invoke(String handler, byte[] event) throws Exception {
        return classes.invoke(handler, event, log);
    }

    private static byte[] fixture() throws Exception {
        return CompiledClasses.event("eventbridge-event.json");
    }
}
