package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import dev.sluice.local.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code @OnStream} handlers: the golden, and the compiled handler invoked with AWS's sample DynamoDB stream
 * event (INSERT, MODIFY, REMOVE of one item), checking order, checkpoints and the timeout guard.
 */
class StreamHandlerTest {

    private static Compilation compilation;
    private static CompiledClasses classes;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));

    @BeforeAll
    static void compileAudit() {
        compilation = compile(source("Audit",
                "import dev.sluice.runtime.Change;",
                "@Pipeline(service = \"shop\", tables = @Table(name = \"items\", partitionKey = \"Id\",",
                "        partitionKeyType = Table.AttributeType.NUMBER))",
                "public class Audit {",
                "    public record Item(long Id, String Message) {}",
                "",
                "    @OnStream(table = \"items\", batchSize = 100)",
                "    @Function(timeoutSeconds = 10)",
                "    public void audit(Change<Item> change) {",
                "        Item item = change.newImage() != null ? change.newImage() : change.oldImage();",
                "        if (item.Message().equals(\"fail on \" + change.type())) {",
                "            throw new IllegalStateException(\"audit store rejected \" + change.sequenceNumber());",
                "        }",
                "        dev.sluice.processor.Recorder.record(change.type() + \" \" + item.Message());",
                "    }",
                "",
                "    @OnStream(table = \"items\")",
                "    @Function(snapStart = Function.SnapStart.ENABLED)",
                "    public void raw(com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord record) {",
                "        dev.sluice.processor.Recorder.record(record.getEventName() + \" \"",
                "                + record.getDynamodb().getKeys().get(\"Id\").getN());",
                "    }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        classes = new CompiledClasses(compilation);
    }

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void auditHandler(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Audit_auditHandler", test);
    }

    @Test
    void rawRecordHandler(TestInfo test) {
        Goldens.assertGenerated(compilation, "test.Audit_rawHandler", test);
    }

    @Test
    void theRawShapeGetsTheAwsModelAndItsPrimingRuns() throws Exception {
        Object handler = classes.newInstance("test.Audit_rawHandler", Object.class);
        ((org.crac.Resource) handler).beforeCheckpoint(null);
        assertThat(Recorder.calls()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(fixture().getBytes(StandardCharsets.UTF_8)),
                out, new LocalContext("raw", 512, 30, new PrintStream(log, true, StandardCharsets.UTF_8), clock));

        assertThat(Recorder.calls()).containsExactly("INSERT 101", "MODIFY 101", "REMOVE 101").inOrder();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void allRecordsInOrderAndAnEmptyCheckpoint() throws Exception {
        String response = invoke(fixture(), 30);

        assertThat(Recorder.calls()).containsExactly("INSERT New item!", "MODIFY This item has changed",
                "REMOVE This item has changed").inOrder();
        assertThat(response).isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void failureAtRecordKCheckpointsAtKAndLeavesTheRestUntouched() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(fixture());
        ((ObjectNode) json.get("Records").get(1).get("dynamodb").get("NewImage").get("Message"))
                .put("S", "fail on MODIFY");
        String event = json.toString();

        String response = invoke(event, 30);

        assertThat(Recorder.calls()).containsExactly("INSERT New item!");
        assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"4421584500000000017450439092\"}]}");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("audit store rejected 4421584500000000017450439092");
    }

    /** Items are schemaless: an attribute another writer added (here a map and a list) must not stall the stream. */
    @Test
    void attributesTheRecordDoesNotDeclareAreIgnored() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(fixture());
        ObjectNode image = (ObjectNode) json.get("Records").get(1).get("dynamodb").get("NewImage");
        image.set("Tags", new ObjectMapper().readTree("{\"L\":[{\"S\":\"a\"},{\"M\":{\"x\":{\"N\":\"1\"}}}]}"));
        image.set("Audit", new ObjectMapper().readTree("{\"M\":{\"by\":{\"S\":\"ops\"},\"at\":{\"NULL\":true}}}"));

        String response = invoke(json.toString(), 30);

        assertThat(Recorder.calls()).containsExactly("INSERT New item!", "MODIFY This item has changed",
                "REMOVE This item has changed").inOrder();
        assertThat(response).isEqualTo("{\"batchItemFailures\":[]}");
    }

    @Test
    void timeoutGuardCheckpointsAtTheFirstUnstartedRecord() throws Exception {
        Recorder.reset(() -> clock.advance(Duration.ofSeconds(5)));

        // 10 s timeout, 2 s margin, 5 s per record: the third record is not started.
        String response = invoke(fixture(), 10);

        assertThat(Recorder.calls()).hasSize(2);
        assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"4421584500000000017450439093\"}]}");
    }

    private String invoke(String event, int timeoutSeconds) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classes.newInstance("test.Audit_auditHandler", RequestStreamHandler.class).handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LocalContext("audit", 512, timeoutSeconds, new PrintStream(log, true, StandardCharsets.UTF_8),
                        clock));
        return new ObjectMapper().readTree(out.toByteArray()).toString();
    }

    private static String fixture() throws Exception {
        try (InputStream in = StreamHandlerTest.class.getClassLoader().getResourceAsStream("events/dynamodb-stream.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
