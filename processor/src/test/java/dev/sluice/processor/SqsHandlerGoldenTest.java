package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The generated SQS handlers, compared as exact text with {@code src/test/resources/goldens}. Every case also
 * compiles without a single warning under {@code -Xlint:all}.
 */
class SqsHandlerGoldenTest {

    private static final JavaFileObject ORDER = source("Order", "public record Order(String id, int quantity) {}");

    @Test
    void payloadAndMeta(TestInfo test) {
        JavaFileObject orders = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders\", batchSize = 10)",
                "    @Function(timeoutSeconds = 30, memoryMb = 512, timeoutMarginMillis = 1500)",
                "    public void ship(Order order, SqsMessage meta) {}",
                "}");
        Compilation compilation = compileWithPipeline(orders, ORDER);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Orders_shipHandler", test);
    }

    @Test
    void stringBody(TestInfo test) {
        JavaFileObject audit = source("Audit",
                "public class Audit {",
                "    @OnSqs(queueArn = \"arn:aws:sqs:eu-west-1:123456789012:audit-events\")",
                "    @Function(name = \"auditTrail\")",
                "    public void record(String body) throws java.io.IOException {}",
                "}");
        Compilation compilation = compileWithPipeline(audit);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Audit_recordHandler", test);
    }

    @Test
    void rawMessage(TestInfo test) {
        JavaFileObject raw = source("Raw",
                "public class Raw {",
                "    @OnSqs(queue = \"orders\")",
                "    void inspect(SQSEvent.SQSMessage message) {}",
                "}");
        Compilation compilation = compileWithPipeline(raw);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Raw_inspectHandler", test);
    }

    @Test
    void fifoQueueKeepsGroupOrder(TestInfo test) {
        JavaFileObject orders = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders.fifo\")",
                "    public void ship(Order order) {}",
                "}");
        Compilation compilation = compileWithPipeline(orders, ORDER);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Orders_shipHandler", test);
    }

    @Test
    void recordPayloadsGetAGeneratedDecoder(TestInfo test) {
        JavaFileObject shipment = source("Shipment",
                "import java.math.BigDecimal;",
                "import java.util.List;",
                "public record Shipment(String id, int parcels, long weightGrams, double volume, boolean express,",
                "        Integer priority, Long trackingNumber, Double insurance, Boolean signed, BigDecimal price,",
                "        Address to, List<String> tags, List<Address> stops, List<List<Integer>> grid) {",
                "    public record Address(String street, String city) {}",
                "}");
        JavaFileObject shipments = source("Shipments",
                "public class Shipments {",
                "    @OnSqs(queue = \"orders\")",
                "    public void ship(Shipment shipment) {}",
                "}");
        Compilation compilation = compileWithPipeline(shipments, shipment);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Shipment_JsonDecoder", test);
        Goldens.assertGenerated(compilation, "test.Shipment_Address_JsonDecoder", test);
    }

    @Test
    void otherPayloadTypesFallBackToDatabind(TestInfo test) {
        JavaFileObject event = source("Event",
                "public class Event {",
                "    public String name;",
                "    public java.time.Duration window;",
                "}");
        JavaFileObject events = source("Events",
                "public class Events {",
                "    @OnSqs(queue = \"orders\")",
                "    public void handle(Event event) {}",
                "}");
        Compilation compilation = compileWithPipeline(events, event);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Events_handleHandler", test);
        assertThat(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList())
                .doesNotContain("/SOURCE_OUTPUT/test/Event_JsonDecoder.java");
    }

    @Test
    void snapStartHandlersPrimeTheirDecodePath(TestInfo test) {
        JavaFileObject orders = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders\")",
                "    @Function(snapStart = Function.SnapStart.ENABLED)",
                "    public void ship(Order order) {}",
                "}");
        Compilation compilation = compileWithPipeline(orders, ORDER);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Orders_shipHandler", test);
    }

    @Test
    void nestedClassesAndNestedPayloads(TestInfo test) {
        JavaFileObject shop = source("Shop",
                "public class Shop {",
                "    public record Refund(String orderId) {}",
                "    public static class Refunds {",
                "        @OnSqs(queue = \"orders\")",
                "        public void refund(Refund refund, SqsMessage meta) {}",
                "    }",
                "}");
        Compilation compilation = compileWithPipeline(shop);
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertGenerated(compilation, "test.Shop_Refunds_refundHandler", test);
    }
}
