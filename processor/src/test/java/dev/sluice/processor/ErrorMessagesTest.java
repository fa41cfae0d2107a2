package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.compileWithPipeline;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic in {@link Message}: the id, the file, the line (so that javac points at the right
 * place), and exactly one error, so that no cascade of follow-up errors hides the real one.
 */
class ErrorMessagesTest {

    /** A one-method class reading {@code orders}, with {@code annotations} on the method. */
    private static JavaFileObject orders(String annotations, String method) {
        return source("Orders",
                "public class Orders {",
                "    " + annotations,
                "    " + method,
                "}");
    }

    // --- the class that holds trigger methods -----------------------------------------------------------------

    @Test
    void innerClassCannotBeInstantiated() {
        JavaFileObject file = source("Outer",
                "public class Outer {",
                "    public class Inner {",
                "        @OnSqs(queue = \"orders\")",
                "        public void handleInner(String body) {}",
                "    }",
                "}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.ENCLOSING_TYPE, file, "handleInner");
        assertThat(compilation).hadErrorContaining("inner class; make it static");
    }

    @Test
    void abstractClassCannotBeInstantiated() {
        JavaFileObject file = source("Orders",
                "public abstract class Orders {",
                "    @OnSqs(queue = \"orders\")",
                "    public void handle(String body) {}",
                "}");
        assertSingleError(compileWithPipeline(file), Message.ENCLOSING_TYPE, file, "void handle");
    }

    @Test
    void classNeedsAPublicNoArgumentConstructor() {
        JavaFileObject file = source("Orders",
                "public class Orders {",
                "    public Orders(String region) {}",
                "    @OnSqs(queue = \"orders\")",
                "    public void handle(String body) {}",
                "}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.NO_ARG_CONSTRUCTOR, file, "void handle");
        assertThat(compilation).hadErrorContaining("Add 'public Orders() {}'");
    }

    // --- the trigger method -----------------------------------------------------------------------------------

    @Test
    void privateMethod() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "private void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.METHOD_PRIVATE, file, "private void handle");
    }

    @Test
    void staticMethod() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public static void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.METHOD_STATIC, file, "static void handle");
    }

    @Test
    void methodReturningAValue() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public int handle(String body) { return 1; }");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.METHOD_NOT_VOID, file, "public int handle");
        assertThat(compilation).hadErrorContaining("returns int");
    }

    @Test
    void methodThrowingThrowable() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")",
                "public void handle(String body) throws Throwable {}");
        assertSingleError(compileWithPipeline(file), Message.METHOD_THROWS_THROWABLE, file, "throws Throwable");
    }

    @Test
    void genericMethod() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public <T> void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.METHOD_TYPE_PARAMETERS, file, "<T> void handle");
    }

    @Test
    void functionWithoutTrigger() {
        JavaFileObject file = orders("@Function(memoryMb = 512)", "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.FUNCTION_WITHOUT_TRIGGER, file, "void handle");
    }

    // --- @OnSqs -----------------------------------------------------------------------------------------------

    @Test
    void parametersSluiceCannotSupply() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(String body, int count) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SQS_SHAPE, file, "void handle");
        assertThat(compilation).hadErrorContaining("(String body, int count)");
        assertThat(compilation).hadErrorContaining("(T payload, SqsMessage meta)");
    }

    @Test
    void interfacePayload() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(Runnable task) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.PAYLOAD_TYPE, file, "void handle");
        assertThat(compilation).hadErrorContaining("it is an interface");
    }

    /** Only a three-argument constructor and no creator: databind would fail every message, so it is an error. */
    @Test
    void payloadDatabindCannotConstruct() {
        JavaFileObject payload = source("Parcel",
                "public class Parcel {",
                "    private final String id;",
                "    public Parcel(String id, int weight, boolean fragile) { this.id = id; }",
                "    public String id() { return id; }",
                "}");
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(Parcel parcel) {}");
        Compilation compilation = compileWithPipeline(payload, file);
        assertSingleError(compilation, Message.PAYLOAD_TYPE, file, "void handle");
        assertThat(compilation).hadErrorContaining("databind cannot construct it");
    }

    /** What databind can construct compiles: a private no-argument constructor, @JsonCreator, annotated types. */
    @Test
    void payloadsDatabindCanConstruct() {
        JavaFileObject payloads = source("Payloads",
                "import com.fasterxml.jackson.annotation.*;",
                "public class Payloads {",
                "    public static class Bean { private Bean() {} public String id; }",
                "    public static class Created {",
                "        @JsonCreator public Created(@JsonProperty(\"id\") String id, @JsonProperty(\"n\") int n) {}",
                "    }",
                "    public static class Factory {",
                "        private Factory(String id, int n) {}",
                "        @JsonCreator public static Factory of(@JsonProperty(\"id\") String id, @JsonProperty(\"n\") int n) {",
                "            return new Factory(id, n);",
                "        }",
                "    }",
                "    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")",
                "    @JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = \"circle\"))",
                "    public interface Shape {}",
                "    public record Circle(double radius) implements Shape {}",
                "}");
        JavaFileObject file = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders\") public void bean(Payloads.Bean p) {}",
                "    @OnSqs(queue = \"orders-primed\") public void created(Payloads.Created p) {}",
                "    @OnSqs(queue = \"orders-strict\") public void factory(Payloads.Factory p) {}",
                "    @OnSqs(queue = \"orders.fifo\") public void shape(Payloads.Shape p) {}",
                "}");
        assertThat(compileWithPipeline(payloads, file)).succeededWithoutWarnings();
    }

    @Test
    void genericPayload() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")",
                "public void handle(java.util.ArrayList<String> lines) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.PAYLOAD_TYPE, file, "void handle");
        assertThat(compilation).hadErrorContaining("it is generic");
    }

    @Test
    void fallbackPayloadWithoutDatabindOnTheClassPath() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(java.util.Date when) {}");
        Compilation compilation = Compiler.compileWithout("jackson-databind", file, Compiler.PIPELINE);
        assertSingleError(compilation, Message.PAYLOAD_NEEDS_DATABIND, file, "void handle");
        assertThat(compilation).hadErrorContaining("Add com.fasterxml.jackson.core:jackson-databind");
    }

    @Test
    void snapStartWithoutCracOnTheClassPath() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(snapStart = Function.SnapStart.ENABLED)",
                "public void handle(String body) {}");
        Compilation compilation = Compiler.compileWithout("crac", file, Compiler.PIPELINE);
        assertSingleError(compilation, Message.SNAPSTART_NEEDS_CRAC, file, "void handle");
        assertThat(compilation).hadErrorContaining("org.crac:crac");
    }

    @Test
    void neitherQueueNorArn() {
        JavaFileObject file = orders("@OnSqs(batchSize = 5)", "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SQS_QUEUE_REFERENCE, file, "@OnSqs(batchSize = 5)");
        assertThat(compilation).hadErrorContaining("sets neither queue nor queueArn");
    }

    @Test
    void bothQueueAndArn() {
        JavaFileObject file = orders(
                "@OnSqs(queue = \"orders\", queueArn = \"arn:aws:sqs:us-east-1:123456789012:orders\")",
                "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SQS_QUEUE_REFERENCE, file, "@OnSqs(");
        assertThat(compilation).hadErrorContaining("sets both queue and queueArn");
    }

    @Test
    void malformedQueueArn() {
        JavaFileObject file = orders("@OnSqs(queueArn = \"arn:aws:sns:us-east-1:123456789012:orders\")",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.SQS_QUEUE_ARN, file, "queueArn =");
    }

    @Test
    void invalidQueueName() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders queue\")", "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.QUEUE_NAME, file, "@OnSqs(queue = \"orders queue\")");
    }

    @Test
    void batchSizeZero() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\", batchSize = 0)", "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.SQS_BATCH_SIZE, file, "batchSize = 0");
    }

    @Test
    void fifoBatchAboveTen() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders.fifo\", batchSize = 20)",
                "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SQS_BATCH_SIZE, file, "batchSize = 20");
        assertThat(compilation).hadErrorContaining("FIFO queue orders.fifo: allowed 1 to 10");
    }

    @Test
    void batchingWindowAboveFiveMinutes() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\", maxBatchingWindowSeconds = 301)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.SQS_BATCH_WINDOW, file, "maxBatchingWindowSeconds = 301");
    }

    @Test
    void batchingWindowOnFifoQueue() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders.fifo\", maxBatchingWindowSeconds = 5)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.SQS_FIFO_BATCH_WINDOW, file,
                "maxBatchingWindowSeconds = 5");
    }

    @Test
    void largeBatchWithoutWindow() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\", batchSize = 100)", "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.SQS_LARGE_BATCH_NEEDS_WINDOW, file, "batchSize = 100");
    }

    @Test
    void undeclaredQueueSuggestsTheClosestDeclaredOne() {
        JavaFileObject file = orders("@OnSqs(queue = \"order\")", "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SQS_QUEUE_UNDECLARED, file, "@OnSqs(queue = \"order\")");
        assertThat(compilation).hadErrorContaining("Did you mean \"orders\"?");
    }

    // --- @Schedule --------------------------------------------------------------------------------------------

    @Test
    void invalidScheduleExpression() {
        JavaFileObject file = orders("@Schedule(\"cron(0 6 * * * *)\")", "public void report() {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SCHEDULE_EXPRESSION, file, "@Schedule(\"cron(0 6 * * * *)\")");
        assertThat(compilation).hadErrorContaining(
                "day-of-month and day-of-week cannot both be '*': put '?' in one of them");
    }

    @Test
    void scheduleInputThatIsNotJson() {
        JavaFileObject file = orders("@Schedule(value = \"rate(1 day)\", input = \"{report: daily}\")",
                "public void report(Job job) {} public record Job(String report) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.SCHEDULE_INPUT, file, "input = ");
        assertThat(compilation).hadErrorContaining("at character 2");
    }

    @Test
    void scheduleInputTooLong() {
        JavaFileObject file = orders("@Schedule(value = \"rate(1 day)\", input = \"\\\"" + "x".repeat(8200)
                + "\\\"\")", "public void report(Job job) {} public record Job(String report) {}");
        assertSingleError(compileWithPipeline(file), Message.SCHEDULE_INPUT_SIZE, file, "input = ");
    }

    @Test
    void scheduleShapeSluiceCannotSupply() {
        JavaFileObject file = orders("@Schedule(\"rate(1 day)\")", "public void report(String a, String b) {}");
        assertSingleError(compileWithPipeline(file), Message.SCHEDULE_SHAPE, file, "void report");
    }

    @Test
    void schedulePayloadWithoutInput() {
        JavaFileObject file = orders("@Schedule(\"rate(1 day)\")",
                "public void report(Job job) {} public record Job(String report) {}");
        assertSingleError(compileWithPipeline(file), Message.SCHEDULE_INPUT_MISSING, file, "@Schedule(");
    }

    @Test
    void scheduledTimeWithInput() {
        JavaFileObject file = orders("@Schedule(value = \"rate(1 day)\", input = \"{}\")",
                "public void report(java.time.Instant at) {}");
        assertSingleError(compileWithPipeline(file), Message.SCHEDULE_INPUT_HIDES_EVENT, file, "input = ");
    }

    @Test
    void retryAttemptsOutOfRange() {
        JavaFileObject file = orders("@Schedule(value = \"rate(1 day)\", maximumRetryAttempts = 3)",
                "public void report() {}");
        assertSingleError(compileWithPipeline(file), Message.RETRY_ATTEMPTS, file, "maximumRetryAttempts = 3");
    }

    @Test
    void onFailureQueueNotDeclared() {
        JavaFileObject file = orders("@Schedule(value = \"rate(1 day)\", onFailure = \"failures\")",
                "public void report() {}");
        assertSingleError(compileWithPipeline(file), Message.ON_FAILURE_UNDECLARED, file, "onFailure = ");
    }

    @Test
    void twoTriggersOnOneMethod() {
        JavaFileObject file = orders("@Schedule(\"rate(1 day)\") @OnSqs(queue = \"orders\")",
                "public void both(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.MULTIPLE_TRIGGERS, file, "void both");
        assertThat(compilation).hadErrorContaining("@OnSqs and @Schedule");
    }

    // --- @Function --------------------------------------------------------------------------------------------

    @Test
    void invalidFunctionName() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(name = \"9 lives\")",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.FUNCTION_NAME, file, "@Function(name = \"9 lives\")");
    }

    @Test
    void duplicateFunctionName() {
        JavaFileObject first = orders("@OnSqs(queue = \"orders\")", "public void handle(String body) {}");
        JavaFileObject second = source("Refunds",
                "public class Refunds {",
                "    @OnSqs(queue = \"orders\")",
                "    @Function(name = \"handle\")",
                "    public void refund(String body) {}",
                "}");
        Compilation compilation = compileWithPipeline(first, second);
        assertSingleError(compilation, Message.FUNCTION_NAME_DUPLICATE, second, "@Function(name = \"handle\")");
    }

    @Test
    void memoryOutOfRange() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(memoryMb = 64)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.MEMORY, file, "memoryMb = 64");
    }

    @Test
    void timeoutOutOfRange() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(timeoutSeconds = 901)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.TIMEOUT, file, "timeoutSeconds = 901");
    }

    /** Orders.bulk_ship and Orders_bulk.ship: different functions, one handler class name. */
    @Test
    void handlerClassesThatCollide() {
        JavaFileObject first = source("Orders",
                "public class Orders { @OnSqs(queue = \"orders\") public void bulk_ship(String body) {} }");
        JavaFileObject second = source("Orders_bulk",
                "public class Orders_bulk { @OnSqs(queue = \"orders\") @Function(name = \"bulkShip\") "
                        + "public void ship(String body) {} }");
        Compilation compilation = compileWithPipeline(first, second);
        assertThat(compilation).hadErrorContaining(Message.HANDLER_CLASS_CLASH.id());
        assertThat(compilation).hadErrorContaining("test.Orders_bulk_shipHandler");
        assertThat(compilation).hadErrorContaining("Rename one of the methods or classes");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void negativeReservedConcurrency() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(reservedConcurrency = -5)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.RESERVED_CONCURRENCY, file, "reservedConcurrency = -5");
    }

    @Test
    void ephemeralStorageOutOfRange() {
        for (int size : new int[] {511, 10_241}) {
            JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(ephemeralStorageMb = " + size + ")",
                    "public void handle(String body) {}");
            assertSingleError(compileWithPipeline(file), Message.EPHEMERAL_STORAGE, file, "ephemeralStorageMb = ");
        }
        for (int size : new int[] {512, 10_240}) {
            assertThat(compileWithPipeline(orders("@OnSqs(queue = \"orders\") @Function(ephemeralStorageMb = " + size
                    + ")", "public void handle(String body) {}"))).succeededWithoutWarnings();
        }
    }

    @Test
    void maximumConcurrencyOutOfRange() {
        for (int concurrency : new int[] {1, 1001, -2}) {
            JavaFileObject file = orders("@OnSqs(queue = \"orders\", maximumConcurrency = " + concurrency + ")",
                    "public void handle(String body) {}");
            assertSingleError(compileWithPipeline(file), Message.SQS_MAXIMUM_CONCURRENCY, file,
                    "maximumConcurrency = ");
        }
        for (int concurrency : new int[] {2, 1000}) {
            assertThat(compileWithPipeline(orders("@OnSqs(queue = \"orders\", maximumConcurrency = " + concurrency
                    + ")", "public void handle(String body) {}"))).succeededWithoutWarnings();
        }
    }

    /** Throttled receives count toward maxReceiveCount: a warning on reservedConcurrency, with the fix. */
    @Test
    void lowReservedConcurrencyOnAnSqsConsumerIsAWarning() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(reservedConcurrency = 3)",
                "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(Message.SQS_RESERVED_CONCURRENCY.id()).inFile(file)
                .onLineContaining("reservedConcurrency = 3");
        assertThat(compilation).hadWarningContaining("maximumConcurrency = 3");
        // At least the mapping's maximum concurrency, as AWS recommends: no warning. 0 stops the function: none.
        assertThat(compileWithPipeline(orders("@OnSqs(queue = \"orders\", maximumConcurrency = 5) "
                + "@Function(reservedConcurrency = 5)", "public void handle(String body) {}")))
                .succeededWithoutWarnings();
        assertThat(compileWithPipeline(orders("@OnSqs(queue = \"orders\") @Function(reservedConcurrency = 0)",
                "public void handle(String body) {}"))).succeededWithoutWarnings();
    }

    @Test
    void descriptionTooLong() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(description = \"" + "x".repeat(257) + "\")",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.DESCRIPTION, file, "description =");
    }

    @Test
    void timeoutMarginNotBelowTimeout() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(timeoutSeconds = 3, timeoutMarginMillis = 3000)",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.TIMEOUT_MARGIN, file, "timeoutMarginMillis = 3000");
    }

    @Test
    void timeoutMarginCheckedAgainstThePipelineDefault() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\") @Function(timeoutMarginMillis = 31000)",
                "public void handle(String body) {}");
        Compilation compilation = compileWithPipeline(file);
        assertSingleError(compilation, Message.TIMEOUT_MARGIN, file, "timeoutMarginMillis = 31000");
        assertThat(compilation).hadErrorContaining("timeout of 30 s");
    }

    @Test
    void invalidEnvironmentName() {
        JavaFileObject file = orders(
                "@OnSqs(queue = \"orders\") @Function(environment = @Env(name = \"1ST\", value = \"x\"))",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.ENV_NAME, file, "@Env(name = \"1ST\"");
    }

    @Test
    void reservedEnvironmentName() {
        JavaFileObject file = orders(
                "@OnSqs(queue = \"orders\") @Function(environment = @Env(name = \"AWS_REGION\", value = \"x\"))",
                "public void handle(String body) {}");
        assertSingleError(compileWithPipeline(file), Message.ENV_RESERVED, file, "AWS_REGION");
    }

    @Test
    void duplicateEnvironmentName() {
        JavaFileObject file = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders\")",
                "    @Function(environment = {",
                "            @Env(name = \"MODE\", value = \"a\"),",
                "            @Env(name = \"MODE\", value = \"b\")})",
                "    public void handle(String body) {}",
                "}");
        assertSingleError(compileWithPipeline(file), Message.ENV_DUPLICATE, file, "value = \"b\"");
    }

    // --- @Pipeline --------------------------------------------------------------------------------------------

    @Test
    void functionsWithoutPipeline() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(String body) {}");
        assertSingleError(compile(file), Message.PIPELINE_MISSING, file, "void handle");
    }

    @Test
    void twoPipelines() {
        JavaFileObject second = source("Second",
                "@Pipeline(service = \"second\")",
                "public class Second {}");
        Compilation compilation = compileWithPipeline(second);
        assertThat(compilation).hadErrorContaining(Message.PIPELINE_DUPLICATE.id()).inFile(second)
                .onLineContaining("public class Second");
        assertThat(compilation).hadErrorContaining(Message.PIPELINE_DUPLICATE.id()).inFile(Compiler.PIPELINE)
                .onLineContaining("public class TestPipeline");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void invalidServiceName() {
        JavaFileObject file = source("P", "@Pipeline(service = \"my_service\")", "public class P {}");
        assertSingleError(compile(file), Message.PIPELINE_SERVICE, file, "service = \"my_service\"");
    }

    @Test
    void invalidRegion() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", region = \"mars-1\")", "public class P {}");
        assertSingleError(compile(file), Message.PIPELINE_REGION, file, "region = \"mars-1\"");
    }

    @Test
    void invalidStage() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", stage = \"my stage\")", "public class P {}");
        assertSingleError(compile(file), Message.PIPELINE_STAGE, file, "stage = \"my stage\"");
        assertThat(compile(file)).hadErrorContaining("letters, digits and hyphens");
    }

    /** The framework allows ^[a-zA-Z0-9-]+$: a hyphenated stage is valid. */
    @Test
    void hyphenatedStageIsValid() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", stage = \"prod-eu\", queues = @Queue(name = \"q\"))",
                "public class P { @OnSqs(queue = \"q\") public void take(String body) {} }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void stageLongerThanRoleNamesAllow() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", stage = \"seventeenletters1\")",
                "public class P {}");
        assertSingleError(compile(file), Message.PIPELINE_STAGE_LENGTH, file, "stage = \"seventeenletters1\"");
        assertThat(compile(file)).hadErrorContaining("is 17 characters long");
    }

    @Test
    void pipelineMemoryOutOfRange() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", memoryMb = 20000)", "public class P {}");
        assertSingleError(compile(file), Message.MEMORY, file, "memoryMb = 20000");
    }

    @Test
    void invalidDeclaredQueueName() {
        JavaFileObject file = source("P", "@Pipeline(service = \"s\", queues = @Queue(name = \"a/b\"))",
                "public class P {}");
        assertSingleError(compile(file), Message.QUEUE_NAME, file, "@Queue(name = \"a/b\")");
    }

    @Test
    void duplicateDeclaredQueue() {
        JavaFileObject file = source("P",
                "@Pipeline(service = \"s\", queues = {",
                "        @Queue(name = \"jobs\"),",
                "        @Queue(name = \"jobs\", maxReceiveCount = 3)})",
                "public class P {}");
        assertSingleError(compile(file), Message.QUEUE_DUPLICATE, file, "maxReceiveCount = 3");
    }

    // --- the processor itself ---------------------------------------------------------------------------------

    @Test
    void unresolvedPayloadTypeIsReportedAfterTheLastRound() {
        JavaFileObject file = orders("@OnSqs(queue = \"orders\")", "public void handle(MissingType order) {}");
        Compilation compilation = compileWithPipeline(file);
        assertThat(compilation).hadErrorContaining(Message.TYPE_UNRESOLVED.id()).inFile(file)
                .onLineContaining("void handle");
        // javac's own "cannot find symbol" comes too; nothing else.
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void everyBrokenMethodIsReportedAndGoodOnesStillGetHandlers(@TempDir Path out) throws Exception {
        JavaFileObject file = source("Orders",
                "public class Orders {",
                "    @OnSqs(queue = \"orders\", batchSize = 0)",
                "    public void first(String body) {}",
                "    @OnSqs(queue = \"orders\")",
                "    private void second(String body) {}",
                "    @OnSqs(queue = \"orders\")",
                "    public void third(String body) {}",
                "}");
        Compilation compilation = compileWithPipeline(file);
        assertThat(compilation).hadErrorContaining(Message.SQS_BATCH_SIZE.id()).inFile(file)
                .onLineContaining("batchSize = 0");
        assertThat(compilation).hadErrorContaining(Message.METHOD_PRIVATE.id()).inFile(file)
                .onLineContaining("private void second");
        assertThat(compilation).hadErrorCount(2);
        // compile-testing hides generated files once a compilation fails: compile again into a real directory.
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostic -> { }, List.of("-proc:only"),
                    null, List.of(file, Compiler.PIPELINE));
            task.setProcessors(List.of(new SluiceProcessor()));
            task.call();
        }
        assertThat(Files.exists(out.resolve("test/Orders_thirdHandler.java"))).isTrue();
        assertThat(Files.exists(out.resolve("test/Orders_firstHandler.java"))).isFalse();
        assertThat(Files.exists(out.resolve("test/Orders_secondHandler.java"))).isFalse();
    }
}
