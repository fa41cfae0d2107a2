package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import dev.sluice.local.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample events the processor writes are useful: run through the generated handlers they reach the methods
 * with every field of the record filled (SQS bodies, stream images and keys), not with nulls.
 */
class SampleEventsTest {

    private static final JavaFileObject ORDERS = source("Orders",
            "import dev.sluice.runtime.Change;",
            "@Pipeline(service = \"samples\", queues = @Queue(name = \"orders\"),",
            "        tables = @Table(name = \"orders\", partitionKey = \"id\", sortKey = \"at\",",
            "                sortKeyType = Table.AttributeType.NUMBER))",
            "public class Orders {",
            "    public record Line(String sku, int quantity) {}",
            "    public record Order(String id, long at, double total, boolean paid, Line first,",
            "            java.util.List<Line> lines) {}",
            "",
            "    @OnSqs(queue = \"orders\")",
            "    public void take(Order order) {",
            "        dev.sluice.processor.Recorder.record(order.toString());",
            "    }",
            "",
            "    @OnStream(table = \"orders\", images = OnStream.Images.NEW_AND_OLD,",
            "            events = {OnStream.ChangeType.MODIFY})",
            "    public void changed(Change<Order> change) {",
            "        dev.sluice.processor.Recorder.record(change.type() + \" \" + change.keys() + \" \"",
            "                + change.oldImage() + \" -> \" + change.newImage());",
            "    }",
            "}");

    @BeforeEach
    void reset() {
        Recorder.reset(() -> { });
    }

    @Test
    void sqsAndStreamSamplesCarryFullRecords() throws Exception {
        Compilation compilation = compile(ORDERS);
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses classes = new CompiledClasses(compilation);

        invoke(classes, compilation, "test.Orders_takeHandler", "take");
        invoke(classes, compilation, "test.Orders_changedHandler", "changed");

        String order = "Order[id=sample-id, at=1, total=1.5, paid=true, first=Line[sku=sample-sku, quantity=1], "
                + "lines=[Line[sku=sample-sku, quantity=1]]]";
        assertThat(Recorder.calls()).containsExactly(order,
                "MODIFY {id=sample-id, at=1} " + order + " -> " + order).inOrder();
    }

    private static void invoke(CompiledClasses classes, Compilation compilation, String handler, String function)
            throws Exception {
        byte[] event;
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "sluice/events/" + function + ".json").orElseThrow().openInputStream()) {
            event = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        classes.newInstance(handler, RequestStreamHandler.class).handleRequest(new ByteArrayInputStream(event), out,
                new LocalContext(function, 512, 30, new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8)));
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("itemIdentifier\":\"");
    }
}
