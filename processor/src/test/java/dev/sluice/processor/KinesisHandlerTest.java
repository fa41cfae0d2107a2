package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.event.ruler.Ruler;

/**
 * {@code @OnKinesis} handlers: goldens, the compiled handlers invoked with a Kinesis batch in AWS's documented shape
 * (checkpoint at the first failure, nothing after it processed; a batch method gets the records decoded before the
 * first undecodable one), and sample events whose data the mapping's own filter matches (checked with Event Ruler).
 */
class KinesisHandlerTest {

    private static final JavaFileObject PIPELINE = source("KinesisPipeline",
            "@Pipeline(service = \"clicks\", kinesisStreams = @KinesisStream(name = \"clicks\"))",
            "public class KinesisPipeline {}");

    private static final JavaFileObject LISTENER = source("Listener",
            "import dev.sluice.runtime.KinesisRecord;",
            "import java.util.List;",
            "public class Listener {",
            "    public record Click(String userId, String page, String type) {}",
            "",
            "    @OnKinesis(stream = \"clicks\", filter = \"{\\\"type\\\": [\\\"click\\\", \\\"view\\\"], "
                    + "\\\"page\\\": [{\\\"prefix\\\": \\\"/\\\"}]}\")",
            "    public void click(Click click, KinesisRecord record) {",
            "        if (click.page().equals(\"/refuse\")) {",
            "            throw new IllegalStateException(\"refused \" + click.userId());",
            "        }",
            "        dev.sluice.processor.Recorder.record(click + \" \" + record.partitionKey() + \" \" + record.shardId());",
            "    }",
            "",
            "    @OnKinesis(stream = \"clicks\")",
            "    public void batch(List<Click> clicks) {",
            "        dev.sluice.processor.Recorder.record(\"batch \" + clicks.size() + \" \" + clicks.get(0).userId());",
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
    void perRecord(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Listener_clickHandler", test);
    }

    @Test
    void perBatch(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Listener_batchHandler", test);
    }

    @Test
    void everyRecordIsHandledInOrderAndTheResponseIsEmpty() throws Exception {
        String response = invoke("test.Listener_clickHandler", fixture());

        assertThat(Recorder.calls()).containsExactly(
                "Click[userId=u-1, page=/cart, type=click] u-1 shardId-000000000006",
                "Click[userId=u-2, page=/home, type=view] u-2 shardId-000000000006").inOrder();
        assertThat(response).isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void aFailingRecordIsTheCheckpointAndNothingAfterItRuns() throws Exception {
        String event = new String(fixture(), StandardCharsets.UTF_8).replace(
                "eyJ1c2VySWQiOiJ1LTEiLCJwYWdlIjoiL2NhcnQiLCJ0eXBlIjoiY2xpY2sifQ==", base64(
                        "{\"userId\":\"u-1\",\"page\":\"/refuse\",\"type\":\"click\",\"card\":\"tok_4242\"}"));
        String response = invoke("test.Listener_clickHandler", event.getBytes(StandardCharsets.UTF_8));

        assertThat(Recorder.calls()).isEmpty();
        assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":"
                + "\"49590338271490256608559692538361571095921575989136588898\"}]}");
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("tok_4242");
    }

    @Test
    void aBatchMethodGetsTheRecordsBeforeTheFirstUndecodableOne() throws Exception {
        String event = new String(fixture(), StandardCharsets.UTF_8).replace(
                "eyJ1c2VySWQiOiJ1LTIiLCJwYWdlIjoiL2hvbWUiLCJ0eXBlIjoidmlldyIsImV4dHJhIjp0cnVlfQ==", base64("not json"));
        String response = invoke("test.Listener_batchHandler", event.getBytes(StandardCharsets.UTF_8));

        assertThat(Recorder.calls()).containsExactly("batch 1 u-1");
        assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":"
                + "\"49590338271490256608559692540925702759324208523137515618\"}]}");
    }

    @Test
    void sampleEventsMatchTheirFiltersAndReachTheirMethods() throws Exception {
        JsonNode local = new ObjectMapper().readTree(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "sluice/pipeline.json").orElseThrow().getCharContent(true).toString());
        for (JsonNode function : local.path("functions")) {
            String name = function.path("name").asText();
            byte[] sample = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/events/" + name
                    + ".json").orElseThrow().openInputStream().readAllBytes();
            JsonNode filter = function.path("trigger").path("filter");
            if (filter.isTextual()) {
                String data = new String(Base64.getDecoder().decode(new ObjectMapper().readTree(sample)
                        .path("Records").get(0).path("kinesis").path("data").asText()), StandardCharsets.UTF_8);
                assertWithMessage("the sample record of %s matches its filter", name)
                        .that(Ruler.matchesRule("{\"data\":" + data + "}", filter.asText())).isTrue();
            }
            assertThat(invoke("test.Listener_" + name + "Handler", sample)).isEqualTo("{\"batchItemFailures\":[]}");
        }
        assertThat(Recorder.calls()).hasSize(2);
    }


    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String invoke(String handler, byte[] event) throws Exception {
        return classes.invoke(handler, event, log);
    }

    private static byte[] fixture() throws Exception {
        return CompiledClasses.event("kinesis-batch.json");
    }
}
