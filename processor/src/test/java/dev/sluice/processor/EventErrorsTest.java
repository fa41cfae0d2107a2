package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** One compile test per {@code @OnEvent} and {@code @EventBus} diagnostic, each on the line at fault. */
class EventErrorsTest {

    private static final JavaFileObject PIPELINE = source("EventPipeline",
            "@Pipeline(service = \"test\", queues = {@Queue(name = \"undelivered\"), @Queue(name = \"other\"),",
            "        @Queue(name = \"undelivered.fifo\"),",
            "        @Queue(name = \"central\", arn = \"arn:aws:sqs:eu-west-1:123456789012:central\")},",
            "        eventBuses = {@EventBus(name = \"orders\"),",
            "            @EventBus(name = \"partner\", arn = \"arn:aws:events:eu-west-1:123456789012:event-bus/partner\")})",
            "public class EventPipeline {}");

    private static final List<String> HEAD = List.of(
            "import dev.sluice.runtime.EventBridgeEvent;",
            "public class Listener {",
            "    public record Line(String sku, int qty) {}",
            "    public record Settled(String paymentId, java.math.BigDecimal net, java.util.List<Line> lines) {}",
            "");

    private static JavaFileObject listener(String... members) {
        return Compiler.listener(HEAD, members);
    }

    private static Compilation compileListener(JavaFileObject file) {
        return compile(file, PIPELINE);
    }

    @Test
    void everyShapeAndSettingCompilesWithoutWarnings() throws IOException {
        Compilation compilation = compileListener(listener(
                "    @OnEvent(bus = \"orders\", source = {\"shop.payments\", \"shop.refunds\"},",
                "            detailType = \"PaymentSettled\", detail = \"{\\\"net\\\": [{\\\"numeric\\\": [\\\">=\\\", 100]}],"
                        + " \\\"lines\\\": {\\\"sku\\\": [{\\\"prefix\\\": \\\"a\\\"}]}}\",",
                "            deliveryRetryAttempts = 10, maximumEventAgeSeconds = 3600, deadLetterQueue = \"undelivered\",",
                "            maximumRetryAttempts = 1, onFailure = \"other\", failOnUnknownProperties = true)",
                "    public void settled(Settled settled, EventBridgeEvent event) {}",
                "",
                "    @OnEvent(pattern = \"{\\\"source\\\": [{\\\"prefix\\\": \\\"aws.\\\"}], \\\"$or\\\": [\"",
                "            + \"{\\\"detail-type\\\": [\\\"EC2 Instance State-change Notification\\\"]},\"",
                "            + \"{\\\"resources\\\": [{\\\"wildcard\\\": \\\"arn:aws:ec2:*\\\"}]}]}\")",
                "    public void anything(EventBridgeEvent event) {}",
                "",
                "    @OnEvent(bus = \"partner\", source = \"partner.shop\")",
                "    @UsesEventBus",
                "    @UsesEventBus(\"orders\")",
                "    public void relay(Settled settled) {}"));

        assertThat(compilation).succeededWithoutWarnings();
        String local = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/pipeline.json")
                .orElseThrow().getCharContent(true).toString();
        assertThat(local).contains("\"kind\": \"event\"");
        assertThat(local).contains("\"variable\": \"SLUICE_EVENT_BUS_DEFAULT\"");
        assertThat(local).contains("\"variable\": \"SLUICE_EVENT_BUS_ORDERS\"");
        String yaml = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "serverless.yml").orElseThrow()
                .getCharContent(true).toString();
        assertThat(yaml).contains("""
                    SettledEventRule:
                      Type: AWS::Events::Rule
                      Properties:
                        EventBusName:
                          Ref: OrdersEventBus
                        EventPattern:
                          source: [shop.payments, shop.refunds]
                          detail-type: [PaymentSettled]
                          detail:
                            net: [{numeric: ['>=', 100]}]
                            lines:
                              sku: [{prefix: a}]
                        State: ENABLED
                        Targets:
                          - Id: settled
                            Arn:
                              Fn::GetAtt: [SettledLambdaFunction, Arn]
                            RetryPolicy:
                              MaximumRetryAttempts: 10
                              MaximumEventAgeInSeconds: 3600
                            DeadLetterConfig:
                              Arn:
                                Fn::GetAtt: [UndeliveredQueue, Arn]
                """);
        assertThat(yaml).contains("""
                            - Sid: SettledEventRule
                              Effect: Allow
                              Principal:
                                Service: events.amazonaws.com
                              Action: sqs:SendMessage
                """);
        assertThat(yaml).contains("""
                                - Sid: PutEventsOnOrdersBus
                                  Effect: Allow
                                  Action: [events:PutEvents]
                                  Resource: [{Fn::GetAtt: [OrdersEventBus, Arn]}]
                """);
        assertThat(yaml).contains("EventBusName: arn:aws:events:eu-west-1:123456789012:event-bus/partner");
    }

    @Test
    void anUnsupportedParameterList() {
        JavaFileObject file = listener("    @OnEvent(source = \"s\")", "    public void on(String detail) {}");
        assertSingleError(compileListener(file), Message.EVENT_SHAPE, file, "public void on(String detail)");
    }

    @Test
    void aPatternWrittenTwiceOrNotAtAll() {
        JavaFileObject both = listener("    @OnEvent(source = \"s\", pattern = \"{\\\"source\\\": [\\\"s\\\"]}\")",
                "    public void on(EventBridgeEvent event) {}");
        Compilation twice = compileListener(both);
        assertSingleError(twice, Message.EVENT_PATTERN_SOURCE, both, "@OnEvent");
        assertThat(twice).hadErrorContaining("sets pattern together with source");
        JavaFileObject none = listener("    @OnEvent", "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(none), Message.EVENT_PATTERN_SOURCE, none, "@OnEvent");
    }

    @Test
    void patternsEventRulerRefuses() {
        JavaFileObject notArray = listener("    @OnEvent(pattern = \"{\\\"source\\\": \\\"shop\\\"}\")",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(notArray), Message.EVENT_PATTERN, notArray, "pattern = ");
        JavaFileObject operator = listener(
                "    @OnEvent(source = \"s\", detail = \"{\\\"net\\\": [{\\\"numerik\\\": [\\\">\\\", 1]}]}\")",
                "    public void on(Settled settled) {}");
        Compilation unknownOperator = compileListener(operator);
        assertSingleError(unknownOperator, Message.EVENT_PATTERN, operator, "detail = ");
        assertThat(unknownOperator).hadErrorContaining("numerik");
        JavaFileObject notJson = listener("    @OnEvent(source = \"s\", detail = \"{net: [1]}\")",
                "    public void on(Settled settled) {}");
        Compilation json = compileListener(notJson);
        assertSingleError(json, Message.EVENT_PATTERN, notJson, "detail = ");
        assertThat(json).hadErrorContaining("it is not JSON");
    }

    @Test
    void aTopLevelKeyThatIsNoEventField() {
        JavaFileObject file = listener(
                "    @OnEvent(pattern = \"{\\\"source\\\": [\\\"s\\\"], \\\"$or\\\": [{\\\"paymentId\\\": [\\\"p\\\"]},"
                        + " {\\\"account\\\": [\\\"1\\\"]}]}\")",
                "    public void on(EventBridgeEvent event) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.EVENT_PATTERN_TOP_FIELD, file, "pattern = ");
        assertThat(compilation).hadErrorContaining("\"paymentId\"");
    }

    @Test
    void aDetailFieldTheRecordLacks() {
        JavaFileObject file = listener(
                "    @OnEvent(source = \"s\", detail = \"{\\\"lines\\\": {\\\"skew\\\": [\\\"a\\\"]}}\")",
                "    public void on(Settled settled) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.EVENT_PATTERN_FIELD, file, "detail = ");
        assertThat(compilation).hadErrorContaining("detail.lines.skew, but Line has no such field (it has [sku, qty])");
        assertThat(compilation).hadErrorContaining("Did you mean \"sku\"?");
        JavaFileObject inPattern = listener(
                "    @OnEvent(pattern = \"{\\\"$or\\\": [{\\\"detail\\\": {\\\"netto\\\": [1]}}, {\\\"source\\\": [\\\"s\\\"]}]}\")",
                "    public void on(Settled settled) {}");
        assertSingleError(compileListener(inPattern), Message.EVENT_PATTERN_FIELD, inPattern, "pattern = ");
    }

    @Test
    void patternsOverEventBridgesLimits() {
        String values = "\\\"v-" + "x".repeat(90) + "\\\"";
        String over4096 = String.join(", ", java.util.Collections.nCopies(45, values));
        JavaFileObject huge = listener("    @OnEvent(source = {" + over4096.replace("\\\"", "\"") + "})",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(huge), Message.EVENT_PATTERN_SIZE, huge, "@OnEvent");
        String over2048 = String.join(", ", java.util.Collections.nCopies(25, values));
        JavaFileObject large = listener("    @OnEvent(source = {" + over2048.replace("\\\"", "\"") + "})",
                "    public void on(EventBridgeEvent event) {}");
        Compilation quota = compileListener(large);
        assertThat(quota).succeeded();
        assertThat(quota).hadWarningContaining(Message.EVENT_PATTERN_QUOTA.id()).inFile(large)
                .onLineContaining("@OnEvent");
    }

    @Test
    void aBusThePipelineDoesNotDeclare() {
        JavaFileObject file = listener("    @OnEvent(bus = \"order\", source = \"s\")",
                "    public void on(EventBridgeEvent event) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.EVENT_BUS_UNDECLARED, file, "bus = \"order\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"orders\"?");
        JavaFileObject grant = listener("    @OnEvent(source = \"s\")", "    @UsesEventBus(\"ordres\")",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(grant), Message.GRANT_UNDECLARED, grant, "@UsesEventBus(\"ordres\")");
    }

    @Test
    void retryPoliciesOutOfRange() {
        JavaFileObject attempts = listener("    @OnEvent(source = \"s\", deliveryRetryAttempts = 186)",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(attempts), Message.EVENT_RETRY_POLICY, attempts, "deliveryRetryAttempts");
        JavaFileObject age = listener("    @OnEvent(source = \"s\", maximumEventAgeSeconds = 59)",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(age), Message.EVENT_RETRY_POLICY, age, "maximumEventAgeSeconds");
        JavaFileObject lambda = listener("    @OnEvent(source = \"s\", maximumRetryAttempts = 3)",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(lambda), Message.RETRY_ATTEMPTS, lambda, "maximumRetryAttempts");
    }

    @Test
    void deadLetterQueuesEventBridgeCannotUse() {
        for (String[] queue : new String[][] {{"missing", "is not declared"},
                {"undelivered.fifo", "is a FIFO queue"}, {"central", "is an existing queue"}}) {
            JavaFileObject file = listener("    @OnEvent(source = \"s\", deadLetterQueue = \"" + queue[0] + "\")",
                    "    public void on(EventBridgeEvent event) {}");
            Compilation compilation = compileListener(file);
            assertSingleError(compilation, Message.EVENT_DEAD_LETTER_QUEUE, file, "deadLetterQueue = ");
            assertThat(compilation).hadErrorContaining(queue[1]);
        }
    }

    @Test
    void aDeadLetterQueueWhosePolicyTheFrameworkWritesForAnSnsSubscription() {
        JavaFileObject pipeline = source("EventPipeline",
                "@Pipeline(service = \"test\", queues = @Queue(name = \"undelivered\"),",
                "        topics = @Topic(name = \"settled\"))",
                "public class EventPipeline {}");
        JavaFileObject file = source("Listener",
                "import dev.sluice.runtime.EventBridgeEvent;",
                "public class Listener {",
                "    @OnSns(topic = \"settled\", deadLetterQueue = \"undelivered\")",
                "    public void first(String message) {}",
                "    @OnEvent(source = \"s\", deadLetterQueue = \"undelivered\") // second",
                "    public void second(EventBridgeEvent event) {}",
                "}");
        assertSingleError(compile(file, pipeline), Message.QUEUE_POLICY_SHARED, file, "// second");
    }

    @Test
    void declaredBusesAreChecked() {
        JavaFileObject name = source("P", "@Pipeline(service = \"s\", eventBuses = @EventBus(name = \"default\"))",
                "public class P {}");
        assertSingleError(compile(name), Message.EVENT_BUS_NAME, name, "@EventBus(name = \"default\")");
        JavaFileObject slash = source("P", "@Pipeline(service = \"s\", eventBuses = @EventBus(name = \"a/b\"))",
                "public class P {}");
        assertSingleError(compile(slash), Message.EVENT_BUS_NAME, slash, "@EventBus(name = \"a/b\")");
        JavaFileObject twice = source("P", "@Pipeline(service = \"s\", eventBuses = {",
                "        @EventBus(name = \"orders\"),",
                "        @EventBus(name = \"orders\", arn = \"arn:aws:events:eu-west-1:123456789012:event-bus/orders\")})",
                "public class P {}");
        assertSingleError(compile(twice), Message.EVENT_BUS_DUPLICATE, twice, "arn = ");
        JavaFileObject arn = source("P", "@Pipeline(service = \"s\", eventBuses =",
                "        @EventBus(name = \"orders\", arn = \"arn:aws:events:eu-west-1:123456789012:event-bus/other\"))",
                "public class P {}");
        assertSingleError(compile(arn), Message.EVENT_BUS_ARN, arn, "arn = ");
        JavaFileObject busName = listener("    @OnEvent(bus = \"a b\", source = \"s\")",
                "    public void on(EventBridgeEvent event) {}");
        assertSingleError(compileListener(busName), Message.EVENT_BUS_NAME, busName, "bus = \"a b\"");
    }
}
