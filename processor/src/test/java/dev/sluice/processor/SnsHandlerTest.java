package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code @OnSns} handlers: a golden, and the compiled handlers invoked with the bytes of a notification in AWS's
 * documented shape (Lambda developer guide, "Using Lambda with Amazon SNS"), and with their own sample events.
 */
class SnsHandlerTest {

    private static final JavaFileObject PIPELINE = source("SnsPipeline",
            "@Pipeline(service = \"payments\", topics = @Topic(name = \"payment-settled\"))",
            "public class SnsPipeline {}");

    private static final JavaFileObject LISTENER = source("Listener",
            "import dev.sluice.runtime.SnsMessage;",
            "public class Listener {",
            "    public record Settled(String paymentId, java.math.BigDecimal net, String note) {}",
            "",
            "    @OnSns(topic = \"payment-settled\", filterPolicy = \"{\\\"currency\\\": [\\\"USD\\\", "
                    + "{\\\"prefix\\\": \\\"EU\\\"}], \\\"amount\\\": [{\\\"numeric\\\": [\\\">=\\\", 10, \\\"<\\\", 50]}]}\")",
            "    public void announce(Settled settled, SnsMessage meta) {",
            "        dev.sluice.processor.Recorder.record(settled + \" \" + meta.messageAttribute(\"currency\").orElse(\"-\")",
            "                + \" \" + meta.timestamp());",
            "    }",
            "",
            "    @OnSns(topic = \"payment-settled\", filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY,",
            "            filterPolicy = \"{\\\"paymentId\\\": [{\\\"prefix\\\": \\\"p-\\\"}], \\\"net\\\": [{\\\"numeric\\\": "
                    + "[\\\">\\\", 40]}]}\")",
            "    public void large(Settled settled) {",
            "        dev.sluice.processor.Recorder.record(\"large \" + settled.paymentId() + \" \" + settled.net());",
            "    }",
            "",
            "    @OnSns(topic = \"payment-settled\")",
            "    public void text(String message) {",
            "        if (message.contains(\"refuse\")) {",
            "            throw new IllegalStateException(\"refused \" + message.length());",
            "        }",
            "        dev.sluice.processor.Recorder.record(\"text \" + message);",
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
    void payloadAndMeta(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Listener_announceHandler", test);
    }

    @Test
    void theMethodGetsTheDecodedMessageAndItsMetadata() throws Exception {
        invoke("test.Listener_announceHandler", fixture());

        assertThat(Recorder.calls()).containsExactly(
                "Settled[paymentId=p-1001, net=40.97, note=café \"quoted\"] USD 2026-11-30T12:45:07Z");
    }

    @Test
    void aMessageTheMethodRefusesFailsTheInvocationAndIsLoggedByIdOnly() throws Exception {
        String event = new String(fixture(), StandardCharsets.UTF_8).replaceFirst("\"Message\": \"[^\\n]*\",",
                "\"Message\": \"refuse: card tok_4242\",");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> invoke("test.Listener_textHandler", event.getBytes(StandardCharsets.UTF_8)));

        assertThat(thrown).hasCauseThat().hasMessageThat().isEqualTo("refused 21");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"messageId\":\"95df01b4-ee98-5cb9-9903-4c221d41eb5e\"");
        assertThat(logged).doesNotContain("tok_4242");
    }

    @Test
    void sampleEventsMatchTheirFilterPolicies() throws Exception {
        for (String function : new String[] {"announce", "large"}) {
            byte[] sample = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/events/" + function
                    + ".json").orElseThrow().openInputStream().readAllBytes();
            invoke("test.Listener_" + function + "Handler", sample);
        }
        // The attribute policy: a currency it lists and an amount in [10, 50); the body policy: a p- id, net > 40.
        assertThat(Recorder.calls()).hasSize(2);
        String samples = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "sluice/events/announce.json").orElseThrow().getCharContent(true).toString());
        assertThat(samples).contains("\"currency\":{\"Type\":\"String\",\"Value\":\"USD\"}");
        assertThat(samples).contains("\"amount\":{\"Type\":\"Number\",\"Value\":\"29.5\"}");
        assertThat(Recorder.calls().get(1)).isEqualTo("large p-sample 41");
    }

    private String invoke(String handler, byte[] event) throws Exception {
        return classes.invoke(handler, event, log);
    }

    private static byte[] fixture() throws Exception {
        return CompiledClasses.event("sns-notification.json");
    }
}
